import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { parseFaults } from '../../src/domain/faults';
import { handlers } from '../handlers';
import { backendSettings, configureBackend, DEFAULT_BACKEND_SETTINGS } from './route';

// What the one resolver wrapper (and the guard in front of the handler list) promises for every endpoint.

/** Each handler's path with every `:param` replaced by `value`, e.g. `/v1/customers/%zz/orders`. */
const routesWithParams = handlers.flatMap((handler) => {
  const path = String(handler.info.path).replace(/^\*/, '');
  return path.includes('/:') ? [{ method: String(handler.info.method), path }] : [];
});

describe('a malformed percent-escape in the path', () => {
  it('covers routes with parameters', () => {
    expect(routesWithParams.length).toBeGreaterThan(10);
  });

  it.each(['%E0%A4%A', '%zz', '%ff', '%'])(
    '%s answers 400 in the error envelope on every route',
    async (bad) => {
      for (const { method, path } of routesWithParams) {
        const result = await call(path.replace(/:[A-Za-z]+/g, bad), {
          method,
          body: method === 'GET' || method === 'HEAD' ? undefined : {},
        });
        const where = `${method} ${path}`;
        expect(result.status, where).toBe(400);
        if (method === 'HEAD') continue;
        const message = 'The request path has a malformed percent-escape.';
        // Microsoft Graph's paths answer in Graph's envelope, the others in Partner Center's.
        expect(result.body, where).toEqual(
          path.startsWith('/v1.0/')
            ? { error: { code: 'invalidRequest', message } }
            : { code: 'InvalidInput', description: message, data: [], source: 'Simulator' },
        );
      }
    },
  );

  it('well-formed escapes still reach the rule (an unknown partner is 404, not 400)', async () => {
    const token = await tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
    const result = await call('/api/partners/%C3%A9t%C3%A9', { token });
    expect(result.status).toBe(404);
  });
});

describe('the JSON content type', () => {
  const signIn = (contentType: string) =>
    call('/api/auth/signin', {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body: { userPrincipalName: 'admin@northwindtraders.onmicrosoft.com', password: 'Northwind#2026' },
    });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON;charset="UTF-8"',
    'application/json ; charset=utf-8',
  ])('accepts %s', async (contentType) => {
    expect((await signIn(contentType)).status).toBe(200);
  });

  it.each([
    'application/jsonp',
    'application/json-patch+json',
    'application/jsonx; charset=utf-8',
    'application/json; charset=latin1',
    'text/plain',
    'application/json/x',
  ])('refuses %s', async (contentType) => {
    const result = await signIn(contentType);
    expect([result.status, result.body.description]).toEqual([
      400,
      'The request body must be JSON (Content-Type: application/json).',
    ]);
  });
});

describe('backend settings', () => {
  it('configureBackend sets every setting: what it is not given goes back to its default', () => {
    configureBackend({ latencyMs: 40, appUrl: 'http://127.0.0.1:9999/' });
    configureBackend({ appUrl: 'http://127.0.0.1:8888/' });
    expect(backendSettings()).toEqual({ ...DEFAULT_BACKEND_SETTINGS, appUrl: 'http://127.0.0.1:8888/' });
    configureBackend();
    expect(backendSettings()).toEqual(DEFAULT_BACKEND_SETTINGS);
  });
});

describe('the simulator’s own controls', () => {
  it.each(['offline', 'dead', 'error:1', 'dead@/api/sim', 'offline@/api'])(
    'answer under %s, so that a fault can always be ended',
    async (faults) => {
      configureBackend({ faults: parseFaults(faults).rules });
      expect((await call('/api/sim/state')).status).toBe(200);
      expect((await call('/api/sim/scenarios')).status).toBe(200);
      expect((await call('/api/sim/faults')).body).toEqual({ faults });
      expect((await call('/api/sim/reset', { method: 'POST', body: {} })).status).toBe(200);
      expect((await call('/api/sim/faults', { method: 'PUT', body: { faults: '' } })).status).toBe(200);
      expect(backendSettings().faults).toEqual([]);
    },
  );
});
