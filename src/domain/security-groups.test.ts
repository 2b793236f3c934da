import { describe, expect, it } from 'vitest';
import { GUID_PATTERN } from './paths';
import { securityGroupOf, securityGroupsOf } from './security-groups';

const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const TREY = '7c1d4e2a-5b3f-4a6c-9d8e-0f1a2b3c4d5e';

describe('securityGroupsOf', () => {
  it('gives each partner four groups with GUIDs of its own, the same every time', () => {
    const groups = securityGroupsOf(FABRIKAM);
    expect(groups.map((g) => g.key)).toEqual([
      'helpdeskAgents',
      'tier2Support',
      'billingTeam',
      'securityOperations',
    ]);
    expect(groups.every((g) => GUID_PATTERN.test(g.id))).toBe(true);
    expect(new Set(groups.map((g) => g.id)).size).toBe(4);
    expect(securityGroupsOf(FABRIKAM)).toEqual(groups);
    const trey = securityGroupsOf(TREY).map((g) => g.id);
    expect(groups.some((g) => trey.includes(g.id))).toBe(false);
  });

  it("finds a group by id in any case, and no other partner's", () => {
    const [first] = securityGroupsOf(FABRIKAM);
    expect(securityGroupOf(FABRIKAM, first?.id.toUpperCase() ?? '')?.key).toBe('helpdeskAgents');
    expect(securityGroupOf(TREY, first?.id ?? '')).toBeUndefined();
  });
});
