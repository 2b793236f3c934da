import { describe, expect, it } from 'vitest';
import { PURCHASE_KINDS, acceptanceBlock, type PurchaseFact } from './acceptance';

const EXISTING = 'partner-existing';
const NEW = 'partner-new';
const through = (kind: PurchaseFact['kind'], partnerId: string | null = EXISTING): PurchaseFact => ({
  kind,
  partnerId,
});

describe('acceptanceBlock', () => {
  it.each(PURCHASE_KINDS)('Scenario 1: %s bought through an existing partner, MCA not confirmed', (kind) => {
    expect(acceptanceBlock({ mcaConfirmed: false, purchases: [through(kind)], partnerIds: [EXISTING] })).toBe(
      'scenario1',
    );
  });

  it('counts one purchase through a partner among purchases made in the admin center', () => {
    const purchases = [through('offer', null), through('softwareSubscription'), through('azurePlan', null)];
    expect(acceptanceBlock({ mcaConfirmed: false, purchases, partnerIds: [EXISTING] })).toBe('scenario1');
  });

  it('Scenario 2: the same history, invitation from a partner new to the tenant', () => {
    const facts = { mcaConfirmed: false, purchases: [through('reservedInstance')], partnerIds: [EXISTING] };
    expect(acceptanceBlock({ ...facts, invitingPartnerId: NEW })).toBe('scenario2');
    expect(acceptanceBlock({ ...facts, invitingPartnerId: EXISTING })).toBe('scenario1');
  });

  it('lifts once the MCA is confirmed (a partner attested)', () => {
    expect(
      acceptanceBlock({
        mcaConfirmed: true,
        purchases: [through('azurePlan')],
        partnerIds: [EXISTING],
        invitingPartnerId: NEW,
      }),
    ).toBe('none');
  });

  it('does not block a tenant without purchases, or with purchases made in the admin center only', () => {
    expect(
      acceptanceBlock({ mcaConfirmed: false, purchases: [], partnerIds: [EXISTING], invitingPartnerId: NEW }),
    ).toBe('none');
    expect(
      acceptanceBlock({ mcaConfirmed: false, purchases: [through('offer', null)], partnerIds: [] }),
    ).toBe('none');
  });
});
