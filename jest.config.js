/** ESM jest setup: ts-jest transpiles (tsc --noEmit type-checks separately in `npm test`). */
export default {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#testing/(.*)$': '<rootDir>/libs/$1/src/testing/index.ts',
    '^#app/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 30000,
  // Many suites wait on child processes, browsers and fixed-length runs: two workers on two cores (jest's default is one).
  maxWorkers: 2,
};
