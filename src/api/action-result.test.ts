import { describe, expect, it } from 'vitest';
import { failureFrom, runAction } from './action-result';
import { ApiError } from './client';

const redirectTo = (location: string) => new Response(null, { status: 302, headers: { Location: location } });

describe('runAction', () => {
  it('answers ok with what the calls returned', async () => {
    await expect(runAction(async () => ({ order: { id: 'o-1' } }))).resolves.toEqual({
      ok: true,
      order: { id: 'o-1' },
    });
  });

  it('turns an ApiError into a failure with the error a form shows', async () => {
    const result = await runAction(async () => {
      throw new ApiError(403, 13605, 'Confirm the MCA first', ['13605']);
    });
    expect(result).toEqual({
      ok: false,
      error: { status: 403, code: 13605, description: 'Confirm the MCA first' },
    });
  });

  it('turns the fields an error answer names into messages by field, without the error', async () => {
    const result = await runAction(async () => {
      throw new ApiError(400, 'InvalidInput', 'The body is not valid', [
        { field: 'primaryContact.email', message: 'validation.emailInvalid' },
        { field: 'dateAgreed', message: 'validation.dateInFuture' },
      ]);
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { email: 'validation.emailInvalid', dateAgreed: 'validation.dateInFuture' },
    });
  });

  it('keys a taken domain (409) by its field too', () => {
    const taken = new ApiError(409, 'DomainAlreadyExists', 'Taken', [
      { field: 'domain', message: 'validation.domainTaken' },
    ]);
    expect(failureFrom(taken)).toEqual({ ok: false, fieldErrors: { domain: 'validation.domainTaken' } });
  });

  it('keeps the error when the answer names no field messages the form knows', () => {
    const odd = new ApiError(400, 'InvalidInput', 'Bad', [
      'text',
      null,
      { field: 'x' },
      { field: 'y', message: 'not a key' },
    ]);
    expect(failureFrom(odd)).toEqual({
      ok: false,
      error: { status: 400, code: 'InvalidInput', description: 'Bad' },
    });
  });

  it('lets a thrown redirect through to the router', async () => {
    const redirect = redirectTo('/partners');
    await expect(
      runAction(async () => {
        throw redirect;
      }),
    ).rejects.toBe(redirect);
  });

  it('lets any other error through (a bug is not a form message)', async () => {
    const bug = new TypeError('x is undefined');
    await expect(
      runAction(async () => {
        throw bug;
      }),
    ).rejects.toBe(bug);
  });
});
