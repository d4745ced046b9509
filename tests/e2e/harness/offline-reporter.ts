import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { requestsAnnotation } from './offline-guarantee';

/**
 * The offline guarantee, reported at the end of the end-to-end run: how many requests left the
 * app across every page the suite opened (each refused and recorded by the harness). Any at all
 * fails the run, besides the test that made them.
 */
export default class OfflineReporter implements Reporter {
  private pages = 0;
  private requests = 0;

  onTestEnd(_test: TestCase, result: TestResult): void {
    for (const annotation of result.annotations) {
      if (annotation.type !== requestsAnnotation) continue;
      this.pages += 1;
      this.requests += Number(annotation.description ?? 0);
    }
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    const line =
      `Offline guarantee: ${this.requests} request${this.requests === 1 ? '' : 's'} left the app ` +
      `across the ${this.pages} app pages the end-to-end run opened (must be 0).`;
    if (this.requests === 0) {
      console.log(line);
      return undefined;
    }
    console.error(line);
    return { status: result.status === 'interrupted' ? 'interrupted' : 'failed' };
  }

  printsToStdio(): boolean {
    return false;
  }
}
