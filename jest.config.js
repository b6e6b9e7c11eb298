// Three tiers by file suffix: *.test.ts (pure), *.int.test.ts (real Postgres + ClickHouse engine),
// *.e2e.test.ts (HTTP against a started app, and the console in Chromium).
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
// Packages that ship only ES modules, which jest's CommonJS runtime cannot require (tsx and node load them
// natively): openid-client v6 and its dependencies, and the ones otplib's default plugins use. swc
// compiles them to CommonJS like our own files.
const ESM_ONLY = ['openid-client', 'oauth4webapi', 'jose', '@scure/base', '@noble/hashes'];
const common = {
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  testEnvironment: '<rootDir>/test/environment.js',
  roots: ['<rootDir>/api', '<rootDir>/analytics', '<rootDir>/fraud-models', '<rootDir>/bench', '<rootDir>/console/tests', '<rootDir>/eslint-rules'],
  modulePathIgnorePatterns: ['<rootDir>/console/dist', '<rootDir>/.data'],
};
// Only the tiers that need Postgres start it: jest runs a project's globalSetup only when that
// project has tests in the run, so `--selectProjects unit` (npm run test:unit) starts nothing.
const withPostgres = { globalSetup: '<rootDir>/test/global-setup.ts', globalTeardown: '<rootDir>/test/global-teardown.ts' };
module.exports = {
  transform,
  // testTimeout is global in jest, not per project: generous for the e2e and browser tiers.
  testTimeout: 120000,
  maxWorkers: 2,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$'] },
    { ...common, ...withPostgres, displayName: 'int', testMatch: ['**/*.int.test.ts'] },
    { ...common, ...withPostgres, displayName: 'e2e', testMatch: ['**/*.e2e.test.ts'] },
  ],
};
