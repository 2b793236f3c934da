import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { firstPageReady } from './first-page';

const never = new Promise<never>(() => {});

describe('firstPageReady', () => {
  it('waits for the first page’s data', async () => {
    let answer: (value: string) => void = () => {};
    const data = new Promise<string>((resolve) => (answer = resolve));
    const router = createMemoryRouter([{ path: '/', loader: () => data, Component: () => null }]);
    let ready = false;
    void firstPageReady(router, never).then(() => (ready = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ready).toBe(false);
    answer('loaded');
    await firstPageReady(router, never);
    expect(router.state.loaderData[0]).toBe('loaded');
    router.dispose();
  });

  it('gives up waiting when the other promise settles first (the page needs the backend)', async () => {
    const router = createMemoryRouter([{ path: '/', loader: () => never, Component: () => null }]);
    await firstPageReady(router, Promise.reject(new Error('no backend')));
    expect(router.state.initialized).toBe(false);
    router.dispose();
  });
});
