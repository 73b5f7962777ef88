/**
 * Which way a token comes, with a fake MSAL and a fake dialog: silent first, the popup when silent
 * fails, the Office dialog where the host lacks NestedAppAuth 1.1 or the nestable client cannot start.
 */
import { GRAPH_SCOPES } from '../auth/scopes';
import { msalTokenSource, type NestableClient } from './msal-token';
import { TokenError, type TokenSource } from './token-source';

/** A fake nestable client: what silent and popup answer, and every call in order. */
function fakeMsal(answers: { silent: string | Error; popup?: string | Error }): NestableClient & { calls: string[] } {
  const calls: string[] = [];
  const answer = async (name: string, value: string | Error | undefined, scopes: string[]) => {
    calls.push(`${name} ${scopes.join(' ')}`);
    if (value instanceof Error || value === undefined) throw value ?? new Error('not expected');
    return { accessToken: value };
  };
  return {
    calls,
    acquireTokenSilent: (r) => answer('silent', answers.silent, r.scopes),
    acquireTokenPopup: (r) => answer('popup', answers.popup, r.scopes),
  };
}

function fakeDialog(): TokenSource & { asked: number } {
  const dialog = { asked: 0, getToken: async () => `dialog-token-${++dialog.asked}` };
  return dialog;
}

const msalError = (errorCode: string): Error => Object.assign(new Error(`${errorCode}: from MSAL`), { errorCode });

it('where NAA is supported, a silent token is used and no popup opens', async () => {
  const msal = fakeMsal({ silent: 'silent-token' });
  const source = msalTokenSource({ naaSupported: () => true, createNestable: async () => msal, dialog: fakeDialog() });
  await expect(source.getToken(GRAPH_SCOPES)).resolves.toBe('silent-token');
  expect(msal.calls).toEqual(['silent https://graph.microsoft.com/Sites.Read.All']);
});

it('when silent fails (first use, consent needed), the popup signs in', async () => {
  const msal = fakeMsal({ silent: msalError('interaction_required'), popup: 'popup-token' });
  const source = msalTokenSource({ naaSupported: () => true, createNestable: async () => msal, dialog: fakeDialog() });
  await expect(source.getToken(GRAPH_SCOPES)).resolves.toBe('popup-token');
  expect(msal.calls).toEqual(['silent https://graph.microsoft.com/Sites.Read.All', 'popup https://graph.microsoft.com/Sites.Read.All']);
});

it('a cancelled popup says so and how to retry', async () => {
  const msal = fakeMsal({ silent: msalError('interaction_required'), popup: msalError('user_cancelled') });
  const source = msalTokenSource({ naaSupported: () => true, createNestable: async () => msal, dialog: fakeDialog() });
  await expect(source.getToken(GRAPH_SCOPES)).rejects.toThrow(new TokenError('Sign-in was cancelled. Press the button again to sign in.'));
});

it('another popup failure names MSAL\'s code and the scopes an admin must consent to', async () => {
  const msal = fakeMsal({ silent: msalError('interaction_required'), popup: msalError('consent_required') });
  const source = msalTokenSource({ naaSupported: () => true, createNestable: async () => msal, dialog: fakeDialog() });
  await expect(source.getToken(GRAPH_SCOPES)).rejects.toThrow(/^Sign-in to Microsoft 365 failed \(consent_required\): .*consented for https:\/\/graph\.microsoft\.com\/Sites\.Read\.All\.$/);
});

it('where the host lacks NestedAppAuth 1.1, the Office dialog signs in and MSAL is never created', async () => {
  const dialog = fakeDialog();
  const createNestable = jest.fn(async () => fakeMsal({ silent: 'unused' }));
  const source = msalTokenSource({ naaSupported: () => false, createNestable, dialog });
  await expect(source.getToken(GRAPH_SCOPES)).resolves.toBe('dialog-token-1');
  expect(createNestable).not.toHaveBeenCalled();
});

it('when the nestable client cannot start, the dialog takes over, and the client is not tried again', async () => {
  const dialog = fakeDialog();
  const createNestable = jest.fn(() => Promise.reject(new Error('no NAA bridge')));
  const source = msalTokenSource({ naaSupported: () => true, createNestable, dialog });
  await expect(source.getToken(GRAPH_SCOPES)).resolves.toBe('dialog-token-1');
  await expect(source.getToken(GRAPH_SCOPES)).resolves.toBe('dialog-token-2');
  expect(createNestable).toHaveBeenCalledTimes(1);
});

it('the client is created once, on the first token asked for, not when the source is made', async () => {
  const createNestable = jest.fn(async () => fakeMsal({ silent: 'silent-token' }));
  const source = msalTokenSource({ naaSupported: () => true, createNestable, dialog: fakeDialog() });
  expect(createNestable).not.toHaveBeenCalled();
  await source.getToken(GRAPH_SCOPES);
  await source.getToken(GRAPH_SCOPES);
  expect(createNestable).toHaveBeenCalledTimes(1);
});
