import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { MCA } from '../../tests/partner-center';

describe('GET /api/billing-accounts', () => {
  it('shows the billing account with its agreement history', async () => {
    const token = await tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
    const before = await call('/api/billing-accounts', { token });
    expect(before.body.items[0]).toMatchObject({
      type: 'MicrosoftCustomerAgreement',
      status: 'pendingAgreement',
      agreements: [],
    });
    await call('/api/agreement/accept', { method: 'POST', token, body: { templateId: MCA } });
    const after = await call('/api/billing-accounts', { token });
    expect(after.body.items[0].status).toBe('active');
    expect(after.body.items[0].agreements).toEqual([
      expect.objectContaining({ acceptedVia: 'direct', templateId: MCA }),
    ]);
  });
});
