import type { Config } from 'jest';

// TypeORM still uses legacy decorators with emitted metadata; swc must do the same or columns lose
// their types (ColumnTypeUndefinedError).
const swcTransform: [string, Record<string, unknown>] = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const serverSide: Config = {
  displayName: 'server',
  testEnvironment: 'node',
  roots: ['<rootDir>/packages/core/src', '<rootDir>/apps/api/src', '<rootDir>/apps/worker/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleNameMapper: {
    '^@staff-passport/core$': '<rootDir>/packages/core/src/index.ts',
    '^@staff-passport/core/testing$': '<rootDir>/packages/core/src/testing/index.ts',
  },
};

const config: Config = {
  testTimeout: 60_000,
  // The portal's jsdom tests have their own config beside the app.
  projects: [serverSide, '<rootDir>/apps/web/jest.config.mjs'],
};

export default config;
