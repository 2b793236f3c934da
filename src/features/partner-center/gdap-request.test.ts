import { describe, expect, it } from 'vitest';
import { entraRoleId } from '../../domain/gdap';
import {
  AUTO_EXTEND_OFF,
  AUTO_EXTEND_ON,
  checkGdapRequest,
  durationDaysOf,
  gdapRequestBody,
  gdapRequestValues,
} from './gdap-request';

const GLOBAL_ADMIN = entraRoleId('globalAdministrator');
const HELPDESK = entraRoleId('helpdeskAdministrator');
const valid = {
  displayName: 'Contoso helpdesk',
  duration: '730',
  unifiedRoles: HELPDESK,
  autoExtendDuration: AUTO_EXTEND_OFF,
};

describe('checkGdapRequest', () => {
  it('accepts a name, 1 to 730 days and known roles', () => {
    expect(checkGdapRequest(valid, ['Other'])).toEqual({});
    expect(checkGdapRequest({ ...valid, duration: '1', autoExtendDuration: AUTO_EXTEND_ON }, [])).toEqual({});
    expect(checkGdapRequest({ ...valid, displayName: 'x'.repeat(50) }, [])).toEqual({});
  });

  it.each([
    [{ displayName: '  ' }, 'displayName', 'validation.gdapNameRequired'],
    [{ displayName: 'x'.repeat(51) }, 'displayName', 'validation.nameTooLong'],
    [{ displayName: 'Tab\there' }, 'displayName', 'validation.controlCharacters'],
    [{ displayName: ' contoso HELPDESK ' }, 'displayName', 'validation.gdapNameTaken'],
    [{ duration: '0' }, 'duration', 'pc.gdap.new.durationInvalid'],
    [{ duration: '731' }, 'duration', 'pc.gdap.new.durationInvalid'],
    [{ duration: '1.5' }, 'duration', 'pc.gdap.new.durationInvalid'],
    [{ duration: '' }, 'duration', 'pc.gdap.new.durationInvalid'],
    [{ unifiedRoles: '' }, 'unifiedRoles', 'validation.gdapRolesRequired'],
    [{ unifiedRoles: '00000000-0000-0000-0000-000000000000' }, 'unifiedRoles', 'validation.gdapRoleUnknown'],
    [
      { unifiedRoles: `${HELPDESK},${GLOBAL_ADMIN}`, autoExtendDuration: AUTO_EXTEND_ON },
      'autoExtendDuration',
      'validation.gdapAutoExtendGlobalAdmin',
    ],
  ])('refuses %j on %s', (change, field, message) => {
    expect(
      checkGdapRequest(
        { ...valid, ...change },
        ['Contoso helpdesk'].filter(() => field === 'displayName'),
      ),
    ).toEqual({
      [field]: message,
    });
  });
});

describe('the request body', () => {
  it('reads the posted form and writes Graph’s body with real role ids', () => {
    const form = new FormData();
    form.set('displayName', ' Contoso helpdesk ');
    form.set('duration', '365');
    form.append('unifiedRoles', HELPDESK);
    form.append('unifiedRoles', GLOBAL_ADMIN);
    const values = gdapRequestValues(form);
    expect(values.autoExtendDuration).toBe('PT0S');
    expect(gdapRequestBody(values, { tenantId: 'c0a1e5b2-0009-4a6e-9b1c-000000000009' })).toEqual({
      displayName: 'Contoso helpdesk',
      duration: 'P365D',
      customer: { tenantId: 'c0a1e5b2-0009-4a6e-9b1c-000000000009' },
      accessDetails: {
        unifiedRoles: [
          { roleDefinitionId: '729827e3-9c14-49f7-bb1b-9608f156bbb8' },
          { roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10' },
        ],
      },
      autoExtendDuration: 'PT0S',
    });
  });

  it('reads durations as whole days only', () => {
    expect(durationDaysOf(' 30 ')).toBe(30);
    expect(durationDaysOf('P30D')).toBeNull();
    expect(durationDaysOf('-1')).toBeNull();
  });
});
