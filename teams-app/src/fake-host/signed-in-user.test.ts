import { fetchSignedInUser, legacyUserContext } from './signed-in-user';

const MARCO_ME = { id: '3f1c0b2a-0000-5000-8000-000000000001', displayName: 'Marco Rossi', userPrincipalName: 'marco.rossi@contoso.example' };

describe("the fake Teams host's signed-in user", () => {
  it('puts /me into the legacy context fields teams-js turns into context.user (id, displayName, userPrincipalName, loginHint)', () => {
    expect(legacyUserContext(MARCO_ME)).toEqual({
      userObjectId: '3f1c0b2a-0000-5000-8000-000000000001',
      userDisplayName: 'Marco Rossi',
      userPrincipalName: 'marco.rossi@contoso.example',
      loginHint: 'marco.rossi@contoso.example',
    });
  });

  it('reads GET /graph/v1.0/me with the dev token, and keeps only the three properties it needs', async () => {
    const calls: { url: string; auth: string | undefined }[] = [];
    const fakeFetch = (async (url: string, init?: RequestInit) => {
      calls.push({ url, auth: (init?.headers as Record<string, string> | undefined)?.Authorization });
      return new Response(JSON.stringify({ ...MARCO_ME, mail: 'marco.rossi@contoso.example', jobTitle: 'Solutions Engineer' }), { status: 200 });
    }) as typeof fetch;
    const me = await fetchSignedInUser('http://127.0.0.1:4321', async () => 'dev-token', fakeFetch);
    expect(me).toEqual(MARCO_ME);
    expect(calls).toEqual([{ url: 'http://127.0.0.1:4321/graph/v1.0/me?$select=id,displayName,userPrincipalName', auth: 'Bearer dev-token' }]);
  });

  it('says which status /me answered when it fails, and refuses an answer without a user', async () => {
    const failing = (async () => new Response('{}', { status: 401 })) as typeof fetch;
    await expect(fetchSignedInUser('http://127.0.0.1:4321', async () => 't', failing)).rejects.toThrow('GET /me answered HTTP 401');
    const empty = (async () => new Response('{"displayName":"Marco Rossi"}', { status: 200 })) as typeof fetch;
    await expect(fetchSignedInUser('http://127.0.0.1:4321', async () => 't', empty)).rejects.toThrow('GET /me did not name the user');
  });
});
