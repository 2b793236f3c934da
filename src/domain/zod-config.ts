/**
 * zod builds a faster parser with `new Function` where the page allows eval, and finds out by trying once
 * when the first object schema is built. Under the built site's Content-Security-Policy (no 'unsafe-eval')
 * that try is blocked, and the browser reports it as a policy violation even though zod catches the error.
 * Its `jitless` setting skips the try. Call this before any module that builds schemas loads (they build
 * them as they load): the browser's start-up does, first thing.
 *
 * zod keeps its settings on `globalThis.__zod_globalConfig`, one object shared by every copy of zod on the
 * page (what `z.config()` writes). Setting it there, in place, spares the start-up chunk zod itself.
 */
export function configureZodForStrictCsp(): void {
  const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  (holder.__zod_globalConfig ??= {}).jitless = true;
}
