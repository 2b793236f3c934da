import { problems } from './errors';

// Query parameters several list endpoints share.

/** `skip` and `top`: absent, or plain decimal digits in range (no `0x10`, `1e2`, `+5`, spaces or empty). */
export function pageParam(value: string | null, fallback: number, max: number): number {
  if (value === null) return fallback;
  const number = /^[0-9]{1,16}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number > max) {
    throw problems.invalidInput(`Paging parameters must be whole numbers from 0 to ${max}.`);
  }
  return number;
}

/** A comma-separated list of known values (absent: none), or 400 naming the values allowed. */
export function listParam<T extends string>(name: string, value: string | null, allowed: readonly T[]): T[] {
  if (value === null) return [];
  const values = value.split(',');
  if (!values.every((v): v is T => (allowed as readonly string[]).includes(v))) {
    throw problems.invalidInput(`${name} must be a comma-separated list of: ${allowed.join(', ')}.`);
  }
  return values;
}
