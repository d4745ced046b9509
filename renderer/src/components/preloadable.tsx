import { lazy, useState, type ComponentType } from 'react';

export interface Preloadable<P> {
  /** Renders the component: directly once its code is loaded, else through React's lazy. */
  Component: ComponentType<P>;
  /** Loads the code now (once; again after a failure), so the next render need not wait. */
  preload: () => Promise<ComponentType<P>>;
}

/**
 * A component whose code is a chunk of its own, like React's lazy, that can be loaded ahead of
 * need. Once loaded it renders without suspending: a Suspense fallback shown even for a moment
 * makes React 19 hold the revealed content back for up to 300 ms (its fallback throttle), which
 * was most of the time opening an engagement took.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Preloaded(props: P) {
    // Chosen once per mount: switching from the lazy to the loaded one would remount it.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Shown {...props} />;
  }
  return { Component: Preloaded, preload };
}
