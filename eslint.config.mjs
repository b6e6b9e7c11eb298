// The house rules (shared/docs/STYLE.md, "Guardrails") as lint rules. No type-aware rules: lint stays
// a matter of seconds, and tsc already checks types.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import moduleBoundaries from './eslint-rules/module-boundaries.js';

const TESTS = ['**/*.test.ts', 'api/test/**', 'analytics/test/**', 'console/tests/**', 'test/**'];

// A relative import of a folder named `name`, at any depth ('../../../http/errors', './modules/x').
const folder = (name) => `^\\.{1,2}/(.*/)?${name}(/|$)`;

// Files in a module that face HTTP and so may use Express and http/: the routes, a raw Express
// handler (the Stripe webhook, which needs the unparsed body), the zod request/response schemas
// (built from http/'s ids, pagination and file-type schemas) and an endpoint's OpenAPI description.
const HTTP_FACING = ['api/src/modules/**/*.routes.ts', 'api/src/modules/**/*.handler.ts', 'api/src/modules/**/*.schemas.ts', 'api/src/modules/**/*.openapi.ts'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'coverage/**', 'test-artifacts/**', 'bench/results/**', 'fraud-models/data/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names mark a parameter or element kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    // jest's config and environment and the local rules are CommonJS, as jest and ESLint load them.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['migrations/**'],
    // Migrations take Kysely<any> on purpose: they must never depend on the app's current schema types.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: [...TESTS, 'bench/**'],
    // Tests and benchmarks poke at wire payloads and private shapes; typing every probe would be churn, not safety.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Where only `any` type-checks: RouteDef's defaults let one list hold routes whose handlers take
    // different inputs, and PreparingClient overrides every overload of pg's Client.query at once.
    files: ['api/src/http/route.ts', 'api/src/db/prepared-client.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  // No import cycles between value imports; type-only imports vanish at run time and may loop.
  {
    files: ['api/src/**/*.ts', 'analytics/src/**/*.ts', 'fraud-models/src/**/*.ts', 'console/src/**/*.{ts,tsx}'],
    ignores: TESTS,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },

  // A module is used from outside only through its index.ts. The routes list and the app are where
  // HTTP entry files are mounted, so they alone import those directly. Tests may reach in.
  {
    files: ['api/src/**/*.ts'],
    ignores: TESTS,
    plugins: { local: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: {
      'local/module-boundaries': [
        'error',
        {
          modulesRoot: 'api/src/modules',
          entryPoints: [{ files: ['api/src/routes.ts', 'api/src/app.ts', 'api/src/openapi-document.ts'], allow: '\\.(routes|handler|openapi)(\\.ts)?$' }],
        },
      ],
    },
  },

  // Layers. Each file set below is disjoint from the others: ESLint replaces, never merges, the
  // options of a rule configured twice for one file.
  {
    files: ['api/src/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'kysely', message: 'Routes validate, call a service and respond: queries live in repositories.' }] }],
    },
  },
  {
    files: ['api/src/modules/**/*.ts'],
    ignores: [...HTTP_FACING, ...TESTS],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'express', message: 'Services and repositories know nothing of HTTP.' }],
          patterns: [{ regex: folder('http'), message: 'Services and repositories know nothing of HTTP: throw domain errors, http/ maps them.' }],
        },
      ],
    },
  },
  {
    files: ['api/src/context.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: folder('modules'), message: 'context.ts is a leaf: it wires adapters, never modules.' }] }],
    },
  },
  {
    files: ['console/src/**', 'console/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@agora/*'], message: 'The console talks to the API over HTTP only.' },
            { regex: '^(\\.\\./)+(api|analytics|fraud-models|test)(/|$)', message: 'The console talks to the API over HTTP only.' },
          ],
        },
      ],
    },
  },
);
