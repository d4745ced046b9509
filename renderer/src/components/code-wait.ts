/**
 * The longest a navigation waits for the code of the screen it goes to. Code shown while it is
 * still loading puts up a loading fallback, which React 19 then holds for up to 300 ms; waiting a
 * moment for the code first opens the screen sooner. A load that hangs only costs this long.
 */
export const codeWaitCapMs = 250;

/** Resolves when `loading` settles (either way) or after the cap, whichever comes first. */
export function codeLoadedOrCap(loading: Promise<unknown>, capMs = codeWaitCapMs): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, capMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    loading.then(done, done);
  });
}
