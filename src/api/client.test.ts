import { afterEach, describe, expect, it, vi } from 'vitest';
import { activitySnapshot } from './activity';
import { ApiError, ensureBackend, setBackendStarter, setTokenSource } from './client';
import {
  createDelegatedAdminAccessAssignment,
  createDelegatedAdminRelationship,
  deleteDelegatedAdminAccessAssignment,
  getDelegatedAdminAccessAssignments,
  updateDelegatedAdminAccessAssignment,
  getDelegatedAdminRelationship,
  getDelegatedAdminRelationships,
  lockDelegatedAdminRelationshipForApproval,
} from './graph';
import { partnerSignIn } from './partner-center';
import { getScenarios, resetDemo } from './simulator';

afterEach(() => setBackendStarter(() => Promise.resolve()));

describe('the backend starts with the first call', () => {
  it('holds calls until the backend is up, and starts it once', async () => {
    let up = () => {};
    const start = vi.fn(() => new Promise<void>((resolve) => (up = resolve)));
    setBackendStarter(start);

    const first = getScenarios();
    const second = getScenarios();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(start).toHaveBeenCalledTimes(1);
    expect(activitySnapshot()).toHaveLength(0);

    up();
    expect((await first).items.length).toBeGreaterThan(0);
    expect((await second).items.length).toBeGreaterThan(0);
    expect(activitySnapshot()).toHaveLength(2);
    await ensureBackend();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('still sends calls when the backend cannot start', async () => {
    setBackendStarter(() => Promise.reject(new Error('service workers are off')));
    expect((await getScenarios()).items.length).toBeGreaterThan(0);
  });
});

describe('Microsoft Graph through the client', () => {
  const helpdesk = { unifiedRoles: [{ roleDefinitionId: '729827e3-9c14-49f7-bb1b-9608f156bbb8' }] };
  const signInAsPartner = async () => {
    await resetDemo('gdap-lifecycle');
    const { token } = await partnerSignIn('adele@fabrikam.example', 'Partner#2026');
    setTokenSource(() => token, 'partner');
  };
  afterEach(() => setTokenSource(() => null, 'partner'));

  it('creates, locks and reads a relationship with the partner’s token', async () => {
    await signInAsPartner();
    const [customer] = (await getDelegatedAdminRelationships()).value;
    const created = await createDelegatedAdminRelationship({
      displayName: 'Helpdesk',
      duration: 'P90D',
      customer: { tenantId: customer?.customer.tenantId ?? '' },
      accessDetails: helpdesk,
    });
    expect(created).toMatchObject({ status: 'created', '@odata.etag': 'W/"1"', duration: 'P90D' });
    await lockDelegatedAdminRelationshipForApproval(created.id);
    expect((await getDelegatedAdminRelationship(created.id)).status).toBe('approvalPending');
    const pending = await getDelegatedAdminRelationships({ statuses: ['approvalPending'] });
    expect(pending.value.map((r) => r.displayName)).toEqual(['Helpdesk']);
  });

  it('reads Graph’s error envelope: its code and message, and its details as field messages', async () => {
    await signInAsPartner();
    const [first] = (await getDelegatedAdminRelationships()).value;
    const refusal = createDelegatedAdminRelationship({
      displayName: first?.displayName ?? '',
      duration: 'P90D',
      customer: { tenantId: first?.customer.tenantId ?? '' },
      accessDetails: helpdesk,
    });
    await expect(refusal).rejects.toBeInstanceOf(ApiError);
    await expect(refusal).rejects.toMatchObject({
      status: 409,
      code: 'nameAlreadyExists',
      description: expect.stringContaining('displayName must be unique'),
      data: [expect.objectContaining({ field: 'displayName', message: 'validation.gdapNameTaken' })],
    });
  });

  it('assigns, changes and removes a security group’s roles with the etags it read', async () => {
    await signInAsPartner();
    const [active] = (await getDelegatedAdminRelationships({ statuses: ['active'] })).value;
    const id = active?.id ?? '';
    const created = await createDelegatedAdminAccessAssignment(id, {
      accessContainer: {
        accessContainerId: '6a1c5f2e-1111-4c3d-9e8f-0a1b2c3d4e5f',
        accessContainerType: 'securityGroup',
      },
      accessDetails: helpdesk,
    });
    expect(created.status).toBe('pending');
    const changed = await updateDelegatedAdminAccessAssignment(
      id,
      created.id,
      created['@odata.etag'],
      helpdesk,
    );
    await expect(
      deleteDelegatedAdminAccessAssignment(id, created.id, created['@odata.etag']),
    ).rejects.toMatchObject({
      status: 412,
      code: 'preconditionFailed',
    });
    await deleteDelegatedAdminAccessAssignment(id, created.id, changed['@odata.etag']);
    expect((await getDelegatedAdminAccessAssignments(id)).value.map((a) => a.status)).toEqual(['deleted']);
  });
});
