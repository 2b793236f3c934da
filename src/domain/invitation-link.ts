import { GUID_PATTERN } from './paths';

export type InvitationLinkProblem =
  | { kind: 'missingParameter'; parameter: string }
  | { kind: 'duplicateParameter'; parameter: string }
  | { kind: 'invalidInvType'; value: string }
  | { kind: 'invalidPartnerId'; value: string }
  | { kind: 'invalidDap'; value: string };

export interface InvitationLink {
  partnerId: string;
  dap: boolean;
  msppId: string;
}

export type InvitationLinkResult =
  { ok: true; link: InvitationLink } | { ok: false; problem: InvitationLinkProblem };

const KNOWN = ['invType', 'partnerId', 'msppId', 'DAP'];

/**
 * Reads the parameters of a reseller invitation link:
 * `?invType=ResellerRelationship&partnerId=<GUID>&msppId=0&DAP=true|false`.
 * Parameter names are matched without regard to case, as the real links spell them both ways.
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

  const invType = get('invType');
  if (!invType) return { ok: false, problem: { kind: 'missingParameter', parameter: 'invType' } };
  if (invType.toLowerCase() !== 'resellerrelationship') {
    return { ok: false, problem: { kind: 'invalidInvType', value: invType } };
  }
  const partnerId = get('partnerId');
  if (!partnerId) return { ok: false, problem: { kind: 'missingParameter', parameter: 'partnerId' } };
  if (!GUID_PATTERN.test(partnerId))
    return { ok: false, problem: { kind: 'invalidPartnerId', value: partnerId } };
  const dapValue = get('DAP') ?? 'false';
  if (!/^(true|false)$/i.test(dapValue))
    return { ok: false, problem: { kind: 'invalidDap', value: dapValue } };

  return {
    ok: true,
    link: {
      partnerId: partnerId.toLowerCase(),
      dap: dapValue.toLowerCase() === 'true',
      msppId: get('msppId') || '0',
    },
  };
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
