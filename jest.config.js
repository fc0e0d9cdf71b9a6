// Jest projects: pure rules, functions and the emulator against the real local cloud, app logic
// and native components in jsdom, and end-to-end tests of the h5 build in headless Chromium.
const transform = '<rootDir>/scripts/jest-transform.js';

const base = {
  transform: { '^.+\\.(t|j)sx?$': transform },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...base,
      displayName: 'domain',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/domain/**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'functions',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/cloudfunctions/**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'local-cloud',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/local-cloud/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
        '<rootDir>/deploy/**/*.test.ts',
      ],
    },
    {
      ...base,
      displayName: 'app',
      testEnvironment: 'jsdom',
      testMatch: [
        '<rootDir>/src/**/*.test.ts',
        '<rootDir>/src/**/*.test.tsx',
        '<rootDir>/src/**/__test__/*.test.js',
      ],
      snapshotSerializers: ['miniprogram-simulate/jest-snapshot-plugin'],
    },
    {
      ...base,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/e2e/global-setup.ts',
    },
  ],
};
