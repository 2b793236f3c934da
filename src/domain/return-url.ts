import { canonicalPath, paths } from './paths';

const PROBE_ORIGIN = 'https://return-url.invalid';

/**
 * Decides where a return URL (a `ref` or `returnTo` parameter, or a link's hash route) may take the user:
 * only to a known in-app route on this origin. Anything else — another host, a scheme, a protocol-relative
 * or backslash trick, control characters, an unknown route — lands on Home.
 */
export function safeReturnPath(raw: string | null | undefined): string {
  if (typeof raw !== 'string') return paths.home.path;
  let value = raw.trim();
  if (value.startsWith('#')) value = value.slice(1);
  if (!value.startsWith('/') || value.startsWith('//')) return paths.home.path;
  // Browsers read a backslash as a slash, and control characters are dropped before parsing.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return paths.home.path;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return paths.home.path;
  }
  if (url.origin !== PROBE_ORIGIN) return paths.home.path;
  const known = canonicalPath(url.pathname);
  return known ? known + url.search : paths.home.path;
}
