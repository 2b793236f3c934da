import { beforeEach, describe, expect, it } from 'vitest';
import { call, partnerTokenFor, tokenFor } from '../../tests/api';
import { tenantOf } from '../../tests/builders';
import { adele, lee, megan } from '../../tests/partner-center';
import { entraRoleId } from '../../src/domain/gdap';
import { parseFaults } from '../../src/domain/faults';
import { load } from '../db/db';
import { configureBackend } from '../lib/route';

// Microsoft Graph's delegatedAdminRelationships as a partner calls them (scenario gdap-lifecycle: Fabrikam,
// Tailspin and Alpine at Tailwind Traders, on 2026-12-01).

const PATH = '/v1.0/tenantRelationships/delegatedAdminRelationships';
const NOW = '2026-12-01T09:00:00.000Z';
const GLOBAL_ADMIN = entraRoleId('globalAdministrator');
const HELPDESK = entraRoleId('helpdeskAdministrator');
const USER_ADMIN = entraRoleId('userAdministrator');

const tailspin = () => partnerTokenFor('admin@tailspintoys.example');
const tailwind = () => tenantOf('tailwindtraders');

beforeEach(() => {
  load({ scenarioId: 'gdap-lifecycle', now: NOW });
});

const newRelationship = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Fabrikam helpdesk 2027',
  duration: 'P730D',
  accessDetails: { unifiedRoles: [{ roleDefinitionId: HELPDESK }, { roleDefinitionId: USER_ADMIN }] },
  autoExtendDuration: 'P180D',
  ...overrides,
  customer: overrides.customer ?? { tenantId: tailwind(), displayName: 'Tailwind' },
});

async function create(token: string, overrides: Record<string, unknown> = {}) {
  const result = await call(PATH, { method: 'POST', token, body: newRelationship(overrides) });
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return result.body as { id: string; '@odata.etag': string; displayName: string };
}

const sendRequest = (token: string, id: string, action: string) =>
  call(`${PATH}/${id}/requests`, { method: 'POST', token, body: { action } });

const namesOf = (body: { value: { displayName: string }[] }) => body.value.map((r) => r.displayName);

describe('POST and GET delegatedAdminRelationships', () => {
  it('creates a draft: 201, Location, etag, Graph’s fields; GET one and the list show it, the customer does not', async () => {
    const token = await adele();
    const result = await call(PATH, { method: 'POST', token, body: newRelationship() });
    expect(result.status).toBe(201);
    const id = result.body.id as string;
    expect(id).toMatch(
      new RegExp(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-${tailwind()}$`),
    );
    expect(result.headers.get('location')).toBe(`http://localhost${PATH}/${id}`);
    expect(result.headers.get('etag')).toBe('W/"1"');
    expect(result.body).toEqual({
      '@odata.context':
        'http://localhost/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships/$entity',
      '@odata.etag': 'W/"1"',
      id,
      displayName: 'Fabrikam helpdesk 2027',
      duration: 'P730D',
      customer: { tenantId: tailwind(), displayName: 'Tailwind Traders' },
      accessDetails: { unifiedRoles: [{ roleDefinitionId: HELPDESK }, { roleDefinitionId: USER_ADMIN }] },
      status: 'created',
      autoExtendDuration: 'P180D',
      createdDateTime: NOW,
      activatedDateTime: null,
      lastModifiedDateTime: NOW,
      endDateTime: null,
    });

    const one = await call(`${PATH}/${id.toUpperCase()}`, { token });
    expect(one.status).toBe(200);
    expect(one.body).toEqual(result.body);

    const list = await call(PATH, { token });
    expect(list.body['@odata.context']).toBe(
      'http://localhost/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships',
    );
    expect(namesOf(list.body)).toEqual([
      'Fabrikam migration 2025',
      'Fabrikam security review',
      'Fabrikam tier 1 support',
      'Fabrikam helpdesk 2027',
    ]);

    const customer = await tokenFor('admin@tailwindtraders.onmicrosoft.com', 'Tailwind#2026');
    expect((await call(`/api/granular-admin-relationships/${id}`, { token: customer })).status).toBe(404);
  });

  it('reads durations in days and auto-extend off by default', async () => {
    const token = await adele();
    const body = await create(token, {
      duration: 'P2Y',
      autoExtendDuration: undefined,
      displayName: 'Two years',
    });
    expect(body).toMatchObject({ duration: 'P730D', autoExtendDuration: 'PT0S' });
    const short = await create(token, { duration: 'P1D', autoExtendDuration: 'P0D', displayName: 'One day' });
    expect(short).toMatchObject({ duration: 'P1D', autoExtendDuration: 'PT0S' });
  });

  it.each([
    ['an empty name', { displayName: '  ' }, 'displayName', 'validation.gdapNameRequired'],
    ['a name of 51 characters', { displayName: 'x'.repeat(51) }, 'displayName', 'validation.nameTooLong'],
    ['a control character', { displayName: 'Tier\t1' }, 'displayName', 'validation.controlCharacters'],
    ['no duration', { duration: undefined }, 'duration', 'validation.gdapDurationInvalid'],
    ['zero days', { duration: 'P0D' }, 'duration', 'validation.gdapDurationInvalid'],
    ['731 days', { duration: 'P731D' }, 'duration', 'validation.gdapDurationInvalid'],
    ['months', { duration: 'P1M' }, 'duration', 'validation.gdapDurationInvalid'],
    [
      'no roles',
      { accessDetails: { unifiedRoles: [] } },
      'accessDetails.unifiedRoles',
      'validation.gdapRolesRequired',
    ],
    [
      'an unknown role',
      { accessDetails: { unifiedRoles: [{ roleDefinitionId: '00000000-0000-4000-8000-000000000000' }] } },
      'accessDetails.unifiedRoles.0.roleDefinitionId',
      'validation.gdapRoleUnknown',
    ],
    [
      '90 days of auto-extend',
      { autoExtendDuration: 'P90D' },
      'autoExtendDuration',
      'validation.gdapAutoExtendInvalid',
    ],
  ])(
    'refuses %s with 400 invalidRequest naming the field, and creates nothing',
    async (_, overrides, target, code) => {
      const token = await adele();
      const result = await call(PATH, { method: 'POST', token, body: newRelationship(overrides) });
      expect(result.status).toBe(400);
      expect(result.body.error.code).toBe('invalidRequest');
      expect(result.body.error.details).toContainEqual(expect.objectContaining({ target, code }));
      expect(namesOf((await call(PATH, { token })).body)).toHaveLength(3);
    },
  );

  it('refuses auto-extend with Global Administrator among the roles, saying why', async () => {
    const roles = { unifiedRoles: [{ roleDefinitionId: GLOBAL_ADMIN }, { roleDefinitionId: HELPDESK }] };
    const token = await adele();
    const refused = await call(PATH, {
      method: 'POST',
      token,
      body: newRelationship({ accessDetails: roles }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'invalidRequest' });
    expect(refused.body.error.message).toMatch(/not allowed when Global Administrator is among the roles/);
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({ target: 'autoExtendDuration', code: 'validation.gdapAutoExtendGlobalAdmin' }),
    ]);
    await create(token, { accessDetails: roles, autoExtendDuration: 'PT0S' });
  });

  it('refuses unknown fields and bodies that are not JSON, in Graph’s envelope', async () => {
    const token = await adele();
    const extra = await call(PATH, { method: 'POST', token, body: newRelationship({ status: 'active' }) });
    expect([extra.status, extra.body.error.code]).toEqual([400, 'invalidRequest']);
    const text = await call(PATH, { method: 'POST', token, body: '{"displayName":' });
    expect(text.body).toEqual({
      error: { code: 'invalidRequest', message: 'The request body is not valid JSON.' },
    });
  });

  it('keeps displayName unique for the partner (not across partners)', async () => {
    const token = await adele();
    await create(token);
    const again = await call(PATH, {
      method: 'POST',
      token,
      body: newRelationship({ displayName: 'FABRIKAM HELPDESK 2027' }),
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'nameAlreadyExists',
      details: [expect.objectContaining({ target: 'displayName', code: 'validation.gdapNameTaken' })],
    });
    const seeded = await call(PATH, {
      method: 'POST',
      token,
      body: newRelationship({ displayName: 'Fabrikam tier 1 support' }),
    });
    expect(seeded.status).toBe(409);
    await create(await tailspin());
  });

  it('asks only the partner’s own customers', async () => {
    load({ scenarioId: 'partner-training', now: NOW });
    const token = await adele();
    const other = await call(PATH, {
      method: 'POST',
      token,
      body: newRelationship({ customer: { tenantId: tenantOf('cohowinery') } }),
    });
    expect([other.status, other.body.error.code]).toEqual([403, 'accessDenied']);
    const unknown = await call(PATH, {
      method: 'POST',
      token,
      body: newRelationship({ customer: { tenantId: 'c0a1e5b2-0099-4a6e-9b1c-000000000099' } }),
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([400, 'invalidRequest']);
    await create(token, { customer: { tenantId: tenantOf('graphicdesigninstitute') } });
  });

  it('lets only an Admin agent create; a Sales agent and an agent without a role read', async () => {
    for (const token of [await lee(), await megan()]) {
      const refused = await call(PATH, { method: 'POST', token, body: newRelationship() });
      expect([refused.status, refused.body.error.code]).toEqual([403, 'accessDenied']);
      expect((await call(PATH, { token })).status).toBe(200);
    }
  });

  it('answers 401 in Graph’s envelope without a partner token', async () => {
    const none = await call(PATH);
    expect(none.status).toBe(401);
    expect(none.body).toEqual({
      error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty or invalid.' },
    });
    const customer = await tokenFor('admin@tailwindtraders.onmicrosoft.com', 'Tailwind#2026');
    expect((await call(PATH, { token: customer })).status).toBe(401);
  });

  it('shows each partner only its own relationships', async () => {
    const fabrikam = await adele();
    const mine = (await call(PATH, { token: fabrikam })).body.value[0].id as string;
    const token = await tailspin();
    expect(namesOf((await call(PATH, { token })).body)).toEqual(['Tailspin pilot', 'Tailspin onboarding']);
    for (const [method, path, body] of [
      ['GET', `${PATH}/${mine}`, undefined],
      ['GET', `${PATH}/${mine}/requests`, undefined],
      ['POST', `${PATH}/${mine}/requests`, { action: 'terminate' }],
    ] as const) {
      const result = await call(path, { method, token, body });
      expect([result.status, result.body.error.code], `${method} ${path}`).toEqual([
        404,
        'Request_ResourceNotFound',
      ]);
    }
  });

  it('filters on status and customer with $filter, and refuses a filter it cannot read', async () => {
    const token = await adele();
    const filtered = (filter: string) => call(`${PATH}?$filter=${encodeURIComponent(filter)}`, { token });
    expect(namesOf((await filtered("status eq 'active'")).body)).toEqual(['Fabrikam tier 1 support']);
    expect(namesOf((await filtered("status in ('expiring', 'terminated')")).body)).toEqual([
      'Fabrikam migration 2025',
      'Fabrikam security review',
    ]);
    expect(
      namesOf((await filtered(`customer/tenantId eq '${tailwind()}' and status eq 'expiring'`)).body),
    ).toEqual(['Fabrikam security review']);
    for (const bad of ["status eq 'sleeping'", "displayName eq 'x'", 'status eq active']) {
      const result = await filtered(bad);
      expect([result.status, result.body.error.code], bad).toEqual([400, 'invalidRequest']);
    }
  });
});

describe('POST …/{id}/requests', () => {
  it('locks a draft for approval: 201 with the request and Location; the relationship moves on and the customer sees it', async () => {
    const token = await adele();
    const { id } = await create(token);
    const sent = await sendRequest(token, id, 'lockForApproval');
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ action: 'lockForApproval', status: 'created', createdDateTime: NOW });
    expect(sent.headers.get('location')).toBe(`http://localhost${PATH}/${id}/requests/${sent.body.id}`);

    const after = await call(`${PATH}/${id}`, { token });
    expect(after.body).toMatchObject({
      status: 'approvalPending',
      '@odata.etag': 'W/"2"',
      lastModifiedDateTime: NOW,
    });

    const requests = await call(`${PATH}/${id}/requests`, { token });
    expect(requests.body.value).toEqual([
      {
        id: sent.body.id,
        action: 'lockForApproval',
        status: 'succeeded',
        createdDateTime: NOW,
        lastModifiedDateTime: NOW,
      },
    ]);
    expect((await call(`${PATH}/${id}/requests/${sent.body.id}`, { token })).body).toMatchObject({
      status: 'succeeded',
    });

    const customer = await tokenFor('admin@tailwindtraders.onmicrosoft.com', 'Tailwind#2026');
    const seen = await call(`/api/granular-admin-relationships/${id}`, { token: customer });
    expect(seen.body).toMatchObject({ status: 'approvalPending', displayName: 'Fabrikam helpdesk 2027' });

    const twice = await sendRequest(token, id, 'lockForApproval');
    expect([twice.status, twice.body.error.code]).toEqual([409, 'conflict']);
  });

  it('terminates an active or expiring relationship, not a draft', async () => {
    const token = await adele();
    const rows = (
      await call(`${PATH}?$filter=${encodeURIComponent("status in ('active','expiring')")}`, { token })
    ).body.value as { id: string; '@odata.etag': string }[];
    for (const row of rows) {
      const ended = await sendRequest(token, row.id, 'terminate');
      expect([ended.status, ended.body.action]).toEqual([201, 'terminate']);
      const after = await call(`${PATH}/${row.id}`, { token });
      expect(after.body.status).toBe('terminated');
      expect(after.body['@odata.etag']).not.toBe(row['@odata.etag']);
    }
    const { id } = await create(token);
    const draft = await sendRequest(token, id, 'terminate');
    expect([draft.status, draft.body.error.code]).toEqual([409, 'conflict']);
  });

  it('leaves approval to the customer and refuses unknown actions', async () => {
    const token = await adele();
    const { id } = await create(token);
    await sendRequest(token, id, 'lockForApproval');
    const approve = await sendRequest(token, id, 'approve');
    expect([approve.status, approve.body.error.code]).toEqual([403, 'accessDenied']);
    const unknown = await sendRequest(token, id, 'reject');
    expect([unknown.status, unknown.body.error.code]).toEqual([400, 'invalidRequest']);
    const missing = await call(`${PATH}/${id}/requests/5e1a0000-0000-4000-8000-000000000000`, { token });
    expect(missing.status).toBe(404);
  });

  it('lets only an Admin agent send requests', async () => {
    const { id } = await create(await adele());
    const refused = await sendRequest(await lee(), id, 'lockForApproval');
    expect([refused.status, refused.body.error.code]).toEqual([403, 'accessDenied']);
  });

  it('lets an unapproved request lapse after 90 days, on the moved clock', async () => {
    const token = await adele();
    const { id } = await create(token);
    await sendRequest(token, id, 'lockForApproval');
    await call('/api/sim/clock', { method: 'POST', body: { advanceDays: 90 } });
    expect((await call(`${PATH}/${id}`, { token })).body).toMatchObject({
      status: 'expired',
      '@odata.etag': 'W/"3"',
    });
  });
});

describe('the Graph envelope on every Graph path', () => {
  it('answers injected faults in Graph’s envelope, like every other endpoint', async () => {
    const token = await adele();
    configureBackend({ faults: parseFaults('dead@/v1.0/tenantRelationships').rules });
    const down = await call(PATH, { token });
    expect([down.status, down.body.error.code]).toEqual([503, 'serviceNotAvailable']);
    expect((await call('/api/partner/me', { token })).status).toBe(200);
  });

  it('answers a malformed percent-escape in Graph’s envelope', async () => {
    const result = await call(`${PATH}/%zz`, { token: await adele() });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      error: { code: 'invalidRequest', message: 'The request path has a malformed percent-escape.' },
    });
  });
});

describe('PATCH and DELETE with If-Match', () => {
  const patch = (token: string, id: string, body: object, etag?: string) =>
    call(`${PATH}/${id}`, { method: 'PATCH', token, body, headers: etag ? { 'If-Match': etag } : {} });
  const remove = (token: string, id: string, etag?: string) =>
    call(`${PATH}/${id}`, { method: 'DELETE', token, headers: etag ? { 'If-Match': etag } : {} });

  it('changes a draft against its current etag, and refuses a missing or stale one', async () => {
    const token = await adele();
    const draft = await create(token);
    const missing = await patch(token, draft.id, { displayName: 'Renamed' });
    expect([missing.status, missing.body.error.code]).toEqual([400, 'invalidRequest']);

    const changed = await patch(
      token,
      draft.id,
      {
        displayName: 'Renamed',
        duration: 'P1Y',
        accessDetails: { unifiedRoles: [{ roleDefinitionId: HELPDESK }] },
      },
      draft['@odata.etag'],
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      '@odata.etag': 'W/"2"',
      displayName: 'Renamed',
      duration: 'P365D',
      accessDetails: { unifiedRoles: [{ roleDefinitionId: HELPDESK }] },
      autoExtendDuration: 'P180D',
      status: 'created',
    });

    const stale = await patch(token, draft.id, { displayName: 'Again' }, draft['@odata.etag']);
    expect([stale.status, stale.body.error.code]).toEqual([412, 'preconditionFailed']);
    expect((await call(`${PATH}/${draft.id}`, { token })).body.displayName).toBe('Renamed');
    expect((await patch(token, draft.id, { displayName: 'Any etag' }, '*')).status).toBe(200);
  });

  it('keeps the rules of create: unique name, valid fields, no auto-extend with Global Administrator', async () => {
    const token = await adele();
    const draft = await create(token);
    const etag = draft['@odata.etag'];
    const taken = await patch(token, draft.id, { displayName: 'Fabrikam tier 1 support' }, etag);
    expect([taken.status, taken.body.error.code]).toEqual([409, 'nameAlreadyExists']);
    const long = await patch(token, draft.id, { duration: 'P3Y' }, etag);
    expect([long.status, long.body.error.details[0].code]).toEqual([400, 'validation.gdapDurationInvalid']);
    const withGlobalAdmin = await patch(
      token,
      draft.id,
      { accessDetails: { unifiedRoles: [{ roleDefinitionId: GLOBAL_ADMIN }] } },
      etag,
    );
    expect(withGlobalAdmin.status).toBe(400);
    expect(withGlobalAdmin.body.error.details[0].code).toBe('validation.gdapAutoExtendGlobalAdmin');
    const customer = await patch(token, draft.id, { customer: { tenantId: tailwind() } }, etag);
    expect(customer.status).toBe(400);
    const nothing = await patch(token, draft.id, {}, etag);
    expect([nothing.status, nothing.body.error.code]).toEqual([400, 'invalidRequest']);
    expect((await call(`${PATH}/${draft.id}`, { token })).body['@odata.etag']).toBe(etag);
  });

  it('changes only autoExtendDuration while active, and nothing once sent or ended', async () => {
    const token = await adele();
    const filter = encodeURIComponent("status eq 'active'");
    const [active] = (await call(`${PATH}?$filter=${filter}`, { token })).body.value;
    const renamed = await patch(token, active.id, { displayName: 'Renamed' }, active['@odata.etag']);
    expect([renamed.status, renamed.body.error.code]).toEqual([409, 'conflict']);
    expect(renamed.body.error.message).toMatch(/only autoExtendDuration may change/);
    const extended = await patch(token, active.id, { autoExtendDuration: 'P180D' }, active['@odata.etag']);
    expect([extended.status, extended.body.autoExtendDuration]).toEqual([200, 'P180D']);

    const draft = await create(token);
    await sendRequest(token, draft.id, 'lockForApproval');
    const sent = (await call(`${PATH}/${draft.id}`, { token })).body;
    const refused = await patch(token, draft.id, { autoExtendDuration: 'PT0S' }, sent['@odata.etag']);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'conflict']);
  });

  it('deletes only a draft, against its current etag', async () => {
    const token = await adele();
    const draft = await create(token);
    expect((await remove(token, draft.id)).status).toBe(400);
    expect((await remove(token, draft.id, 'W/"9"')).status).toBe(412);
    expect((await remove(await lee(), draft.id, draft['@odata.etag'])).status).toBe(403);
    const deleted = await remove(token, draft.id, draft['@odata.etag']);
    expect([deleted.status, deleted.body]).toEqual([204, null]);
    expect((await call(`${PATH}/${draft.id}`, { token })).status).toBe(404);

    const [active] = (await call(PATH, { token })).body.value.filter(
      (r: { status: string }) => r.status === 'active',
    );
    const refused = await remove(token, active.id, active['@odata.etag']);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'conflict']);
  });

  it('lets only an Admin agent change a relationship', async () => {
    const draft = await create(await adele());
    const refused = await patch(await megan(), draft.id, { displayName: 'Mine' }, draft['@odata.etag']);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'accessDenied']);
  });
});

describe('…/{id}/accessAssignments', () => {
  const GROUP = '6a1c5f2e-1111-4c3d-9e8f-0a1b2c3d4e5f';
  const assignment = (roles: string[], group = GROUP) => ({
    accessContainer: { accessContainerId: group, accessContainerType: 'securityGroup' },
    accessDetails: { unifiedRoles: roles.map((roleDefinitionId) => ({ roleDefinitionId })) },
  });
  const activeOne = async (token: string) => {
    const filter = encodeURIComponent("status eq 'active'");
    return (await call(`${PATH}?$filter=${filter}`, { token })).body.value[0] as { id: string };
  };

  it('gives a security group some of an active relationship’s roles: 201 pending, then active', async () => {
    const token = await adele();
    const { id } = await activeOne(token);
    const path = `${PATH}/${id}/accessAssignments`;
    const created = await call(path, { method: 'POST', token, body: assignment([HELPDESK]) });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`http://localhost${path}/${created.body.id}`);
    expect(created.body).toMatchObject({
      '@odata.etag': 'W/"1"',
      status: 'pending',
      accessContainer: { accessContainerId: GROUP, accessContainerType: 'securityGroup' },
      accessDetails: { unifiedRoles: [{ roleDefinitionId: HELPDESK }] },
      createdDateTime: NOW,
    });
    const list = await call(path, { token });
    expect(list.body.value).toEqual([expect.objectContaining({ id: created.body.id, status: 'active' })]);
    const one = await call(`${path}/${created.body.id}`, { token });
    expect(one.body).toMatchObject({ status: 'active', '@odata.etag': 'W/"1"' });
    expect(one.body['@odata.context']).toBe(
      `http://localhost/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships('${id}')/accessAssignments/$entity`,
    );
  });

  it('refuses roles the relationship lacks, a second assignment for a group, and a relationship not active', async () => {
    const token = await adele();
    const { id } = await activeOne(token);
    const path = `${PATH}/${id}/accessAssignments`;
    const foreignRole = await call(path, { method: 'POST', token, body: assignment([GLOBAL_ADMIN]) });
    expect(foreignRole.status).toBe(400);
    expect(foreignRole.body.error.details[0].code).toBe('validation.gdapRoleNotInRelationship');
    const badGroup = await call(path, { method: 'POST', token, body: assignment([HELPDESK], 'sales team') });
    expect(badGroup.body.error.details[0]).toMatchObject({
      target: 'accessContainer.accessContainerId',
      code: 'validation.gdapSecurityGroupInvalid',
    });
    expect((await call(path, { method: 'POST', token, body: assignment([HELPDESK]) })).status).toBe(201);
    const twice = await call(path, { method: 'POST', token, body: assignment([USER_ADMIN]) });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'conflict']);

    const draft = await create(token);
    const early = await call(`${PATH}/${draft.id}/accessAssignments`, {
      method: 'POST',
      token,
      body: assignment([HELPDESK]),
    });
    expect([early.status, early.body.error.code]).toEqual([409, 'conflict']);
    const bySales = await call(path, {
      method: 'POST',
      token: await lee(),
      body: assignment([USER_ADMIN], '7b2d6f3a-2222-4c3d-9e8f-0a1b2c3d4e5f'),
    });
    expect(bySales.status).toBe(403);
  });

  it('changes the roles against the assignment’s etag, and deletes it (listed as deleted)', async () => {
    const token = await adele();
    const { id } = await activeOne(token);
    const path = `${PATH}/${id}/accessAssignments`;
    const created = (await call(path, { method: 'POST', token, body: assignment([HELPDESK]) })).body;
    const one = `${path}/${created.id}`;
    const roles = { accessDetails: { unifiedRoles: [{ roleDefinitionId: USER_ADMIN }] } };
    const stale = await call(one, { method: 'PATCH', token, body: roles, headers: { 'If-Match': 'W/"7"' } });
    expect([stale.status, stale.body.error.code]).toEqual([412, 'preconditionFailed']);
    const changed = await call(one, {
      method: 'PATCH',
      token,
      body: roles,
      headers: { 'If-Match': 'W/"1"' },
    });
    expect(changed.body).toMatchObject({ '@odata.etag': 'W/"2"', accessDetails: roles.accessDetails });

    expect((await call(one, { method: 'DELETE', token, headers: { 'If-Match': 'W/"1"' } })).status).toBe(412);
    const deleted = await call(one, { method: 'DELETE', token, headers: { 'If-Match': 'W/"2"' } });
    expect(deleted.status).toBe(204);
    expect((await call(one, { token })).body.status).toBe('deleted');
    const again = await call(one, { method: 'DELETE', token, headers: { 'If-Match': '*' } });
    expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);
    // The group is free again.
    expect((await call(path, { method: 'POST', token, body: assignment([HELPDESK]) })).status).toBe(201);
  });

  it('keeps assignments to the partner: another partner gets 404', async () => {
    const { id } = await activeOne(await adele());
    const result = await call(`${PATH}/${id}/accessAssignments`, { token: await tailspin() });
    expect([result.status, result.body.error.code]).toEqual([404, 'Request_ResourceNotFound']);
  });
});
