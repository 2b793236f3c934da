import { beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../tests/api';
import { adele } from '../../tests/partner-center';
import { load } from '../db/db';

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

describe('HEAD /v1/domains/{domain}', () => {
  it('answers 200 for a taken domain (any case) and 404 for a free one', async () => {
    const token = await adele();
    const taken = await call('/v1/domains/Relecloud.onmicrosoft.com', { method: 'HEAD', token });
    expect(taken.status).toBe(200);
    const free = await call('/v1/domains/bluebirdbooks.onmicrosoft.com', { method: 'HEAD', token });
    expect(free.status).toBe(404);
  });
});
