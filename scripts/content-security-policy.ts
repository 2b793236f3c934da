import type { Plugin } from 'vite';

// The Content-Security-Policy of the built site: a meta tag in every built HTML page (a static host may
// send no headers at all), and the same policy plus frame-ancestors as headers from `vite preview` and in
// README's hosting section. The dev server gets none: Vite's React refresh preamble is an inline script.
const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Only the built bundles: no inline script, no eval. The MSW worker is a file of this origin.
  'script-src': ["'self'"],
  // MUI styles through emotion, which writes <style> elements (and some style attributes) at run time. A
  // static build has no per-response nonce to hand it, so inline styles must be allowed; inline scripts,
  // the dangerous half, are not.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  // The API is this origin (answered by the service worker), nothing else is called.
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

const serialize = (entries: [string, string[]][]) =>
  entries.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');

/** The policy as a meta tag can carry it (browsers ignore frame-ancestors there, and Chromium warns). */
export const CONTENT_SECURITY_POLICY = serialize(Object.entries(directives));

/** The headers a host should send with every page: the policy, framing refused, no MIME sniffing. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
};

/** Writes the policy as the first tag of the built HTML's head, before any script or style. */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    // As written text rather than a tag descriptor, which Vite would write with &#39; for every quote.
    transformIndexHtml: (html) =>
      html.replace(
        /<head>/i,
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}
