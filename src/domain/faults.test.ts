import { describe, expect, it } from 'vitest';
import { faultsFor, formatFaults, parseFaults } from './faults';

describe('parseFaults', () => {
  it('reads latency, error share, dead endpoints and offline, each optionally under a path', () => {
    const { rules, invalid } = parseFaults('latency:2000, error:0.3,dead@/api/partners,offline@/v1/offers');
    expect(invalid).toEqual([]);
    expect(formatFaults(rules)).toBe('latency:2000,error:0.3,dead@/api/partners,offline@/v1/offers');
  });

  it.each([
    'latency:-1',
    'latency:2.5',
    'latency:99999',
    'latency',
    'error:1.5',
    'error:',
    'error:abc',
    'dead:1',
    'offline:yes',
    'slow:10',
    'dead@api/partners',
    'dead@/api/<script>',
    'error:0.1@/a@/b',
    'latency:1:2',
  ])('sets %s apart as unreadable', (entry) => {
    expect(parseFaults(entry)).toEqual({ rules: [], invalid: [entry] });
  });
});

describe('faultsFor', () => {
  const { rules } = parseFaults(
    'latency:1000,latency:500@/api/partners,error:0.2,error:1@/api/agreement/accept,dead@/v1',
  );
  it('adds latencies, keeps the highest error share, and matches paths and what lies below them', () => {
    expect(faultsFor(rules, '/api/partners')).toEqual({
      latencyMs: 1500,
      errorRate: 0.2,
      dead: false,
      offline: false,
    });
    expect(faultsFor(rules, '/api/agreement/accept')).toMatchObject({ latencyMs: 1000, errorRate: 1 });
    expect(faultsFor(rules, '/v1/customers').dead).toBe(true);
  });
  it('matches whole path segments, never a prefix of a segment', () => {
    const { rules: short } = parseFaults('dead@/api/p,error:1@/api/partners/,latency:10@/v1/customers');
    expect(faultsFor(short, '/api/p').dead).toBe(true);
    expect(faultsFor(short, '/api/p/x').dead).toBe(true);
    expect(faultsFor(short, '/api/partners').dead).toBe(false);
    expect(faultsFor(short, '/api/purchases').dead).toBe(false);
    // A trailing slash on the rule names the same segment.
    expect(faultsFor(short, '/api/partners').errorRate).toBe(1);
    expect(faultsFor(short, '/api/partners/abc/roles').errorRate).toBe(1);
    expect(faultsFor(short, '/api/partnersx').errorRate).toBe(0);
    expect(faultsFor(short, '/v1/customers/relationshiprequests').latencyMs).toBe(10);
    expect(faultsFor(short, '/v1/customersearch').latencyMs).toBe(0);
  });
  it('never touches the simulator’s own controls', () => {
    expect(faultsFor(rules, '/api/sim/faults')).toEqual({
      latencyMs: 0,
      errorRate: 0,
      dead: false,
      offline: false,
    });
  });
});
