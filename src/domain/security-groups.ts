// The security groups in each partner's own tenant that GDAP access assignments give roles to. The simulator
// has no directory of groups: every partner has the same small set, with ids derived from the partner's.

/** The groups, by the key their names are shown under (`pc.gdap.groups.{key}`). */
export const SECURITY_GROUP_KEYS = [
  'helpdeskAgents',
  'tier2Support',
  'billingTeam',
  'securityOperations',
] as const;
export type SecurityGroupKey = (typeof SECURITY_GROUP_KEYS)[number];

export interface SecurityGroup {
  key: SecurityGroupKey;
  /** A GUID, as Graph's `accessContainerId`: `5ec0000{n}-` and the rest of the partner's id. */
  id: string;
}

/** A partner's security groups (deterministic: the same ids in every run of a scenario). */
export function securityGroupsOf(partnerId: string): SecurityGroup[] {
  const rest = partnerId.toLowerCase().slice(9);
  return SECURITY_GROUP_KEYS.map((key, index) => ({
    key,
    id: `${(0x5ec00001 + index).toString(16)}-${rest}`,
  }));
}

/** The partner's group with this id, or undefined (an id a client sent that is none of them). */
export function securityGroupOf(partnerId: string, groupId: string): SecurityGroup | undefined {
  return securityGroupsOf(partnerId).find((group) => group.id === groupId.toLowerCase());
}
