import type { DataRouter } from 'react-router';

/**
 * Resolves when the router has loaded its first page (its code and its loader's data), or when `orElse`
 * settles first. Rendering then shows that page at once rather than a loading page first.
 */
export function firstPageReady(router: DataRouter, orElse: Promise<unknown>): Promise<void> {
  const ready = new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
  return Promise.race([ready, orElse.then(noop, noop)]);
}

const noop = () => undefined;
