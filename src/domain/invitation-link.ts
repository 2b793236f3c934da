import { GUID_PATTERN } from './paths';
import type { PartnerKind } from './partner-center';

export type InvitationLinkProblem =
  | { kind: 'missingParameter'; parameter: string }
  | { kind: 'duplicateParameter'; parameter: string }
  | { kind: 'invalidInvType'; value: string }
  | { kind: 'invalidPartnerId'; value: string }
  | { kind: 'invalidProviderId'; value: string }
  | { kind: 'samePartner'; value: string }
  | { kind: 'invalidMsppId'; value: string }
  | { kind: 'invalidDap'; value: string };

export interface InvitationLink {
  /** The inviting partner; in an indirect reseller invitation, the indirect reseller. */
  partnerId: string;
  /** `indirectCSPId`: the reseller's indirect provider, in an indirect reseller invitation only. */
  providerId: string | null;
  dap: boolean;
  msppId: string;
}

export type InvitationLinkResult =
  { ok: true; link: InvitationLink } | { ok: false; problem: InvitationLinkProblem };

const KNOWN = ['invType', 'partnerId', 'msppId', 'indirectCSPId', 'DAP'];

/**
 * Reads the parameters of a reseller invitation link, in either form:
 * - `?invType=ResellerRelationship&partnerId=<GUID>&msppId=0&DAP=true|false`
 * - `?invType=IndirectResellerRelationship&partnerId=<reseller GUID>&msppId=<reseller MPN ID>`
 *   `&indirectCSPId=<provider GUID>&DAP=true|false`: one acceptance makes the reseller Indirect reseller and
 *   the provider Indirect provider.
 *
 * Parameter names and the invType value are matched without regard to case, as real links spell them both ways.
 */
export function parseInvitationLink(search: URLSearchParams): InvitationLinkResult {
  const values = new Map<string, string[]>();
  search.forEach((value, name) => {
    const known = KNOWN.find((k) => k.toLowerCase() === name.toLowerCase());
    if (known) values.set(known, [...(values.get(known) ?? []), value]);
  });
  for (const [parameter, list] of values) {
    if (list.length > 1) return { ok: false, problem: { kind: 'duplicateParameter', parameter } };
  }
  const get = (name: string) => values.get(name)?.[0]?.trim();
  const fail = (problem: InvitationLinkProblem): InvitationLinkResult => ({ ok: false, problem });

  const invType = get('invType');
  if (!invType) return fail({ kind: 'missingParameter', parameter: 'invType' });
  const indirect = invType.toLowerCase() === 'indirectresellerrelationship';
  if (!indirect && invType.toLowerCase() !== 'resellerrelationship') {
    return fail({ kind: 'invalidInvType', value: invType });
  }
  const partnerId = get('partnerId');
  if (!partnerId) return fail({ kind: 'missingParameter', parameter: 'partnerId' });
  if (!GUID_PATTERN.test(partnerId)) return fail({ kind: 'invalidPartnerId', value: partnerId });

  // A plain reseller link ignores indirectCSPId, as the admin center ignores parameters it does not use.
  let providerId: string | null = null;
  if (indirect) {
    const provider = get('indirectCSPId');
    if (!provider) return fail({ kind: 'missingParameter', parameter: 'indirectCSPId' });
    if (!GUID_PATTERN.test(provider)) return fail({ kind: 'invalidProviderId', value: provider });
    providerId = provider.toLowerCase();
    if (providerId === partnerId.toLowerCase()) return fail({ kind: 'samePartner', value: providerId });
  }

  const msppId = get('msppId') || '0';
  if (!/^\d{1,20}$/.test(msppId)) return fail({ kind: 'invalidMsppId', value: msppId });
  const dapValue = get('DAP') ?? 'false';
  if (!/^(true|false)$/i.test(dapValue)) return fail({ kind: 'invalidDap', value: dapValue });

  return {
    ok: true,
    link: { partnerId: partnerId.toLowerCase(), providerId, dap: dapValue.toLowerCase() === 'true', msppId },
  };
}

/** Why the partners an indirect reseller invitation names cannot go together. */
export const INDIRECT_INVITATION_MISMATCHES = [
  'unknownProvider',
  'notIndirectReseller',
  'notIndirectProvider',
  'notProviderOfReseller',
  'msppIdMismatch',
] as const;
export type IndirectInvitationMismatch = (typeof INDIRECT_INVITATION_MISMATCHES)[number];

export interface IndirectInvitationFacts {
  reseller: { kind: PartnerKind; providerId: string | null; mpnId: string };
  /** The partner named by indirectCSPId, or null when the directory has none with that ID. */
  provider: { id: string; kind: PartnerKind } | null;
  msppId: string;
}

/**
 * Checks an indirect reseller invitation against the partner directory: the reseller must be an indirect
 * reseller of exactly that indirect provider, and a non-zero msppId must be the reseller's MPN ID (the
 * partner ID Partner Center puts there). Null when the link is consistent.
 */
export function indirectInvitationMismatch(
  facts: IndirectInvitationFacts,
): IndirectInvitationMismatch | null {
  const { reseller, provider, msppId } = facts;
  if (!provider) return 'unknownProvider';
  if (reseller.kind !== 'indirectReseller') return 'notIndirectReseller';
  if (provider.kind !== 'indirectProvider') return 'notIndirectProvider';
  if (reseller.providerId !== provider.id) return 'notProviderOfReseller';
  if (msppId !== '0' && msppId !== reseller.mpnId) return 'msppIdMismatch';
  return null;
}

/** A reseller invitation link with its DAP parameter set (delegated admin privileges asked for or not). */
export function withDap(link: string, dap: boolean): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  url.searchParams.set('DAP', String(dap));
  return url.toString();
}
