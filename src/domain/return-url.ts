import { canonicalPartnerPath, canonicalPath, paths } from './paths';

const PROBE_ORIGIN = 'https://return-url.invalid';

/**
 * Decides where a return URL (a `ref` or `returnTo` parameter, or a link's hash route) may take the user:
 * only to a known in-app route on this origin. Anything else — another host, a scheme, a protocol-relative
 * or backslash trick, control characters, an unknown route — lands on Home.
 */
export function safeReturnPath(
  raw: string | null | undefined,
  area: { canonical: (pathname: string) => string | null; fallback: string } = {
    canonical: canonicalPath,
    fallback: paths.home.path,
  },
): string {
  const home = area.fallback;
  if (typeof raw !== 'string') return home;
  let value = raw.trim();
  if (value.startsWith('#')) value = value.slice(1);
  if (!value.startsWith('/') || value.startsWith('//')) return home;
  // Browsers read a backslash as a slash, and control characters are dropped before parsing.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return home;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return home;
  }
  if (url.origin !== PROBE_ORIGIN) return home;
  const known = area.canonical(url.pathname);
  return known ? known + url.search : home;
}

/** The same rule for Partner Center (simulated): only its own routes, else the Customers list. */
export const safePartnerReturnPath = (raw: string | null | undefined): string =>
  safeReturnPath(raw, { canonical: canonicalPartnerPath, fallback: paths.partnerCenter.customers.path });
