import { describe, expect, it } from 'vitest';
import { curlCommand, shellQuote } from './curl';

describe('Copy as curl', () => {
  it('writes a GET with the token as a placeholder, against npm run api', () => {
    expect(curlCommand({ method: 'GET', path: '/v1/customers?size=10', body: null })).toBe(
      "curl 'http://127.0.0.1:4010/v1/customers?size=10' -H 'Accept: application/json' -H 'Authorization: Bearer <token>'",
    );
  });

  it('writes a POST with its body and content type, and extra headers such as If-Match', () => {
    expect(
      curlCommand(
        {
          method: 'PATCH',
          path: '/v1.0/x/1',
          body: '{"displayName":"O\'Brien"}',
          headers: { 'If-Match': 'W/"3"' },
        },
        'http://127.0.0.1:4011',
      ),
    ).toBe(
      "curl -X PATCH 'http://127.0.0.1:4011/v1.0/x/1' -H 'Accept: application/json' -H 'Authorization: Bearer <token>' " +
        "-H 'Content-Type: application/json' -H 'If-Match: W/\"3\"' --data-raw '{\"displayName\":\"O'\\''Brien\"}'",
    );
  });

  it('sends no token to sign-in nor to the simulator own controls, and asks HEAD with --head', () => {
    expect(curlCommand({ method: 'POST', path: '/api/auth/signin', body: '{}' })).not.toContain(
      'Authorization',
    );
    expect(curlCommand({ method: 'GET', path: '/api/sim/events', body: null })).not.toContain(
      'Authorization',
    );
    expect(curlCommand({ method: 'HEAD', path: '/v1/domains/a.example', body: null })).toMatch(
      /^curl --head /,
    );
  });

  it('quotes anything a shell would read', () => {
    expect(shellQuote("$(rm -rf /)'`")).toBe("'$(rm -rf /)'\\''`'");
  });
});
