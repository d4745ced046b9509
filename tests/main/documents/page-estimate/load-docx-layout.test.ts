import { Packer, type EstimatedPageNumbers } from 'docx';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentsPageNumbers } from '../../../../main/documents/contents-page-numbers';
import { docxLayoutLoaded } from '../../../../main/documents/page-estimate/load-docx-layout';
import { pageFonts } from '../../../../main/documents/page-fonts';
import { run } from '../../cli/run-in-process';
import { numberedStepsDocument } from './numbered-steps-document';

const folder = mkdtempSync(join(tmpdir(), 'session-studio-docx-layout-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// In this order: the first export of the process is the one that must not load docx/layout.
describe('docx/layout, 1.7 MB of JavaScript', () => {
  it('is not loaded for the sample’s plan, its Arabic and Japanese names included', async () => {
    const sample = join(
      import.meta.dirname,
      '../../../../samples/halvorsen-cold-chain.sessionstudio',
    );
    const { code, error } = await run('plan', sample, join(folder, 'plan.docx'));
    expect(error).toBe('');
    expect(code).toBe(0);
    expect(docxLayoutLoaded()).toBe(false);
  }, 120_000);

  it('is loaded when the contents hold what only it lays out, a numbered list', async () => {
    const estimate = contentsPageNumbers(pageFonts());
    let estimated: EstimatedPageNumbers | undefined;
    const document = numberedStepsDocument(
      (body, context) => (estimated = estimate(body, context)),
    );
    await Packer.toBuffer(document);
    expect(docxLayoutLoaded()).toBe(true);
    expect(estimated?.bookmarks.size).toBe(2);
  }, 120_000);
});
