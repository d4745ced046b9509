import { DocumentCancelledError } from '../../../main/documents/document-cancelled-error';
import type { DocumentBuilder } from '../../../main/documents/document-job';

/**
 * Stands in for a slow laptop: while exports are held, a document the real worker has built waits
 * (as if still packing) until the test releases it, or until the export is cancelled. Cancelled
 * earlier, the real worker is stopped as in the app; either way main writes nothing.
 */
export function holdingBuilder(builder: DocumentBuilder) {
  let holding = false;
  const waiting: (() => void)[] = [];

  function heldUntilReleased(signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      const cancelled = () => reject(new DocumentCancelledError());
      if (signal?.aborted) return cancelled();
      signal?.addEventListener('abort', cancelled, { once: true });
      waiting.push(resolve);
    });
  }

  const held: DocumentBuilder = {
    prepare: () => builder.prepare?.(),
    warmUp: builder.warmUp?.bind(builder),
    check: builder.check?.bind(builder),
    build: async (job, options = {}) => {
      const hold = holding;
      const bytes = await builder.build(job, options);
      if (hold) await heldUntilReleased(options.signal);
      return bytes;
    },
  };
  return {
    builder: held,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}
