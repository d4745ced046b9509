import type { FullResult, TestCase, TestResult } from '@playwright/test/reporter';
import { describe, expect, it, vi } from 'vitest';
import { requestsAnnotation, settleNetworkAttempts } from './offline-guarantee';
import OfflineReporter from './offline-reporter';

const resultWith = (...counts: number[]) =>
  ({
    annotations: [
      { type: 'issue', description: 'unrelated' },
      ...counts.map((count) => ({ type: requestsAnnotation, description: String(count) })),
    ],
  }) as unknown as TestResult;

const passed = { status: 'passed' } as FullResult;

describe('the offline guarantee', () => {
  it('fails the test whose page tried to reach the network, naming the requests', () => {
    expect(() => settleNetworkAttempts([], 'The app')).not.toThrow();
    expect(() => settleNetworkAttempts(['https://example.com/a.js'], 'The app')).toThrow(
      'The app tried to reach the network: https://example.com/a.js',
    );
  });

  it('reports 0 requests across the run’s pages, and lets a clean run pass', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const reporter = new OfflineReporter();
    reporter.onTestEnd({} as TestCase, resultWith(0, 0));
    reporter.onTestEnd({} as TestCase, resultWith(0));
    expect(await reporter.onEnd(passed)).toBeUndefined();
    expect(log).toHaveBeenCalledWith(
      'Offline guarantee: 0 requests left the app across the 3 app pages the end-to-end run opened (must be 0).',
    );
    log.mockRestore();
  });

  it('fails the whole run when any request left the app', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reporter = new OfflineReporter();
    reporter.onTestEnd({} as TestCase, resultWith(0));
    reporter.onTestEnd({} as TestCase, resultWith(2));
    expect(await reporter.onEnd(passed)).toEqual({ status: 'failed' });
    expect(error).toHaveBeenCalledWith(
      'Offline guarantee: 2 requests left the app across the 2 app pages the end-to-end run opened (must be 0).',
    );
    error.mockRestore();
  });
});
