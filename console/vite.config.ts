import { defineConfig } from 'vite';

// The API serves this build at /console/ (SPA fallback to index.html) and the app
// calls the API on the same origin at /v1/... . In `vite dev` we proxy /v1 to it.
export default defineConfig({
  base: '/console/',
  oxc: {
    jsx: { runtime: 'automatic' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The antd vendor chunk is ~1.0 MB minified (~310 kB gzip) because @refinedev/antd pulls in
    // much of antd; warn only when something grows beyond that.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      onwarn(warning, warn) {
        // antd / react-query ship "use client" directives, meaningless in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        // Long-lived vendor chunks (cache across deploys); recharts stays in the lazy Sales chunk.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|rc-[^\\/]+|@rc-component)[\\/]/, priority: 2 },
            { name: 'refine', test: /node_modules[\\/](@refinedev|@tanstack)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/v1': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
