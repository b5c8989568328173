/** Type checking is `npm run typecheck`; jest only transpiles, which keeps the suite fast. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', jsx: 'react-jsx', esModuleInterop: true, isolatedModules: true } }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
  testTimeout: 60000,
  // Builds dist/ for the browser tests when a run includes them and it is missing or stale.
  globalSetup: '<rootDir>/tests/helpers/build-for-browser-tests.ts',
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
};
