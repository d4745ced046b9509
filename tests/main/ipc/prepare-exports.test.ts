import { describe, expect, it, vi } from 'vitest';
import type { DocumentBuilder } from '../../../main/documents/document-job';
import { createHandlers } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { tempFolder } from '../files/temp-folder';

function handlersWith(documentBuilder: DocumentBuilder) {
  const folder = tempFolder();
  return createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: 'test', userDataPath: folder }),
    chooseSavePath: async () => null,
    documentBuilder,
  });
}

describe('getting exports ready while an engagement is open', () => {
  it('has the document builder warm up, answering at once rather than when it is done', async () => {
    const warmUp = vi.fn(() => new Promise<never>(() => undefined));
    const handlers = handlersWith({ build: vi.fn(), warmUp });
    await expect(dispatch(handlers, 'prepareExports', null)).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(warmUp).toHaveBeenCalledTimes(1);
  });

  it('answers the same with a builder that needs no warm-up, and refuses a request with data', async () => {
    const handlers = handlersWith({ build: vi.fn() });
    await expect(dispatch(handlers, 'prepareExports', null)).resolves.toEqual({
      ok: true,
      value: null,
    });
    const refused = await dispatch(handlers, 'prepareExports', { engagementId: 'x' });
    expect(refused.ok).toBe(false);
  });
});
