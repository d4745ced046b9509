import { test } from '@playwright/test';

/** The annotation each closed page leaves on its test: how many requests it tried to send out. */
export const requestsAnnotation = 'requests-that-left-the-app';

/**
 * Called as a page the tests opened is closed: its refused requests are recorded for the run's
 * report (offline-reporter.ts), and any request at all fails the test that made it.
 */
export function settleNetworkAttempts(networkAttempts: readonly string[], where: string): void {
  try {
    test.info().annotations.push({
      type: requestsAnnotation,
      description: String(networkAttempts.length),
    });
  } catch {
    // Outside a test (the benchmark drives the same harness): nothing to annotate.
  }
  if (networkAttempts.length > 0) {
    throw new Error(`${where} tried to reach the network: ${networkAttempts.join(', ')}`);
  }
}
