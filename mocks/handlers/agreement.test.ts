import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { attestAcceptance, tenantOf } from '../../tests/builders';
import { MCA } from '../../tests/partner-center';
import { db, load } from '../db/db';

describe('the customer’s MCA (/api/agreement)', () => {
  it('refuses a user without the Billing or Global admin role, even through the API', async () => {
    load({ scenarioId: 'read-only-user' });
    const token = await tokenFor('user@fourthcoffee.onmicrosoft.com', 'Reader#2026');
    const result = await call('/api/agreement/accept', { method: 'POST', token, body: { templateId: MCA } });
    expect(result).toMatchObject({ status: 403, body: { code: 'InsufficientRole' } });
    const status = await call('/api/agreement', { token });
    expect(status.body.mcaConfirmed).toBe(false);
  });

  it('Scenario 1: refuses direct acceptance until a partner attests', async () => {
    load({ scenarioId: 'scenario-1' });
    const token = await tokenFor('admin@adatum.onmicrosoft.com', 'Adatum#2026');
    expect((await call('/api/agreement', { token })).body).toMatchObject({
      block: 'scenario1',
      partnersToContact: [
        { name: 'Fabrikam Cloud Services', email: 'partners@fabrikam.example', phone: '+1 425 555 0100' },
      ],
    });
    const refused = await call('/api/agreement/accept', { method: 'POST', token, body: { templateId: MCA } });
    expect(refused).toMatchObject({
      status: 403,
      body: {
        code: 'PartnerAttestationRequired',
        description:
          'Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.',
      },
    });
    attestAcceptance(tenantOf('adatum'), '3b33e682-00c3-41ee-9dd2-a548adf56438');
    expect((await call('/api/agreement', { token })).body).toMatchObject({
      block: 'none',
      mcaConfirmed: true,
      partnersToContact: [],
    });
  });

  it('names an indirect reseller’s indirect provider too: only the provider can confirm', async () => {
    load({ scenarioId: 'partner-training' });
    db().purchases.push({
      id: 'b0000011-0001-4000-8000-000000000001',
      tenantId: tenantOf('cohowinery'),
      productId: 'm365-business-basic',
      kind: 'offer',
      quantity: 5,
      partnerId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      purchasedAt: '2025-07-01T09:00:00Z',
    });
    const token = await tokenFor('admin@cohowinery.onmicrosoft.com', 'Coho#2026');
    const status = (await call('/api/agreement', { token })).body;
    expect(status.block).toBe('scenario1');
    expect(status.partnersToContact.map((p: { name: string }) => p.name)).toEqual([
      'Proseware Partners',
      'Contoso Distribution',
    ]);
  });
});
