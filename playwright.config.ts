import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Specs only: the harness's own unit tests (*.test.ts) run under vitest.
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry: these machines are shared and noisy. A test that needed it is reported as "flaky"
  // in the output, so a flake stays visible and gets fixed rather than hidden.
  retries: 1,
  // The offline guarantee is reported last: requests that left the app across the whole run.
  reporter: [['list'], ['./tests/e2e/harness/offline-reporter.ts']],
  use: { trace: 'retain-on-failure' },
});
