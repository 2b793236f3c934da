// Injected faults, for rehearsing a bad network: `?faults=latency:2000,error:0.3` on any link, or the Demo
// panel. Each rule may be limited to the endpoints at or under a path, by whole segments: `dead@/api/partners`,
// `error:1@/v1/customers`. The simulator's own controls (/api/sim/…) are never affected.

export type FaultKind = 'latency' | 'error' | 'dead' | 'offline';

export interface FaultRule {
  kind: FaultKind;
  /** Milliseconds for latency, a share from 0 to 1 for error; unused for dead and offline. */
  value: number;
  /** Only calls to this path or below it, by whole segments; null for every call. */
  path: string | null;
}

export const MAX_FAULT_LATENCY_MS = 30_000;
const PATH_PATTERN = /^\/[A-Za-z0-9/_.-]{0,200}$/;

function parseRule(entry: string): FaultRule | null {
  const [spec = '', path = null, ...extra] = entry.split('@');
  if (extra.length || (path !== null && !PATH_PATTERN.test(path))) return null;
  const [kind, raw, ...rest] = spec.split(':');
  if (rest.length) return null;
  const value = raw === undefined ? NaN : Number(raw);
  switch (kind) {
    case 'latency':
      return Number.isInteger(value) && value >= 0 && value <= MAX_FAULT_LATENCY_MS
        ? { kind, value, path }
        : null;
    case 'error':
      return raw !== '' && value >= 0 && value <= 1 ? { kind, value, path } : null;
    case 'dead':
    case 'offline':
      return raw === undefined ? { kind, value: 0, path } : null;
    default:
      return null;
  }
}

/** Reads a fault list; what cannot be read is returned apart, and changes nothing. */
export function parseFaults(text: string): { rules: FaultRule[]; invalid: string[] } {
  const rules: FaultRule[] = [];
  const invalid: string[] = [];
  for (const entry of text
    .slice(0, 1000)
    .split(',')
    .map((part) => part.trim())) {
    if (!entry) continue;
    const rule = parseRule(entry);
    if (rule) rules.push(rule);
    else invalid.push(entry.slice(0, 80));
  }
  return { rules, invalid };
}

export function formatFaults(rules: readonly FaultRule[]): string {
  return rules
    .map((rule) => {
      const spec =
        rule.kind === 'latency' || rule.kind === 'error' ? `${rule.kind}:${rule.value}` : rule.kind;
      return rule.path ? `${spec}@${rule.path}` : spec;
    })
    .join(',');
}

export interface FaultEffect {
  latencyMs: number;
  errorRate: number;
  dead: boolean;
  offline: boolean;
}

/**
 * Whether `pathname` is `base` or lies below it, segment by segment: `/api/p` covers `/api/p/x` but not
 * `/api/partners` (a trainer who names one endpoint must not take down its neighbours).
 */
export function isUnderPath(pathname: string, base: string): boolean {
  const trimmed = base.replace(/\/+$/, '');
  if (trimmed === '') return true;
  return pathname === trimmed || pathname.startsWith(`${trimmed}/`);
}

/** The simulator's own controls: never faulted, so that a trainer can always end a fault. */
export const SIMULATOR_CONTROLS_PATH = '/api/sim';

/** What the rules do to a call to this path: latencies add up, the highest error share wins. */
export function faultsFor(rules: readonly FaultRule[], pathname: string): FaultEffect {
  const effect: FaultEffect = { latencyMs: 0, errorRate: 0, dead: false, offline: false };
  if (isUnderPath(pathname, SIMULATOR_CONTROLS_PATH)) return effect;
  for (const rule of rules) {
    if (rule.path && !isUnderPath(pathname, rule.path)) continue;
    if (rule.kind === 'latency')
      effect.latencyMs = Math.min(MAX_FAULT_LATENCY_MS, effect.latencyMs + rule.value);
    if (rule.kind === 'error') effect.errorRate = Math.max(effect.errorRate, rule.value);
    if (rule.kind === 'dead') effect.dead = true;
    if (rule.kind === 'offline') effect.offline = true;
  }
  return effect;
}
