/**
 * Reads the `now` parameter that fixes the simulator's clock (`?now=2026-03-01` or a full ISO date-time).
 * Returns the instant as ISO, or null when the value is not a real date (2026-02-30 is not).
 */
export function parseFixedNow(value: string | null): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, time] = match;
  const date = new Date(
    time
      ? `${year}-${month}-${day}${time.endsWith('Z') ? time : `${time}Z`}`
      : `${year}-${month}-${day}T00:00:00Z`,
  );
  if (Number.isNaN(date.getTime())) return null;
  const sameDay =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() + 1 === Number(month) &&
    date.getUTCDate() === Number(day);
  return sameDay ? date.toISOString() : null;
}

/** How far Demo › Time's buttons move the clock on, in days. */
export const CLOCK_STEPS_DAYS = [1, 7, 30, 90] as const;

/**
 * Demo › Time's date (`2027-01-31`, the day as the form sends it) checked against the simulated now: the
 * message key that refuses it, or null when the clock may move there (to the start of that day, UTC).
 */
export function clockDateProblem(day: string, now: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day.trim())) return 'validation.clockDateInvalid';
  const target = parseFixedNow(day);
  if (!target) return 'validation.clockDateInvalid';
  return Date.parse(target) > Date.parse(now) ? null : 'validation.clockNotForward';
}

/** The response header in which the backend says when it answered, on the simulated clock (ISO). */
export const SIMULATED_TIME_HEADER = 'X-Simulated-Time';
