import { afterEach, describe, expect, it, vi } from 'vitest';
import { activitySnapshot } from './activity';
import { ensureBackend, setBackendStarter } from './client';
import { getScenarios } from './simulator';

afterEach(() => setBackendStarter(() => Promise.resolve()));

describe('the backend starts with the first call', () => {
  it('holds calls until the backend is up, and starts it once', async () => {
    let up = () => {};
    const start = vi.fn(() => new Promise<void>((resolve) => (up = resolve)));
    setBackendStarter(start);

    const first = getScenarios();
    const second = getScenarios();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(start).toHaveBeenCalledTimes(1);
    expect(activitySnapshot()).toHaveLength(0);

    up();
    expect((await first).items.length).toBeGreaterThan(0);
    expect((await second).items.length).toBeGreaterThan(0);
    expect(activitySnapshot()).toHaveLength(2);
    await ensureBackend();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('still sends calls when the backend cannot start', async () => {
    setBackendStarter(() => Promise.reject(new Error('service workers are off')));
    expect((await getScenarios()).items.length).toBeGreaterThan(0);
  });
});
