/**
 * What the Teams review asks of Graph besides lists, over HTTP, as Graph answers it: the
 * organizer's mailbox zone (`GET /me/mailboxSettings`, the `timeZone` property segment), one
 * channel by id (`GET /teams/{id}/channels/{id}`), and a channel message with @mentions, kept
 * only when every `<at id>` of the body has its mention (chatmessage-post, "with @mentions").
 */
import { type Workbench, devToken, startWorkbench } from '../../../../test/conformance/workbench';

let wb: Workbench;
let token: string;

beforeAll(async () => {
  wb = await startWorkbench();
  token = await devToken(wb.server.url);
});

afterAll(async () => {
  await wb.stop();
});

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${wb.graphUrl}/${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

test('GET /me/mailboxSettings: the mailbox zone as Exchange names it, also in the working hours; /timeZone answers it as { value }', async () => {
  const all = await call('GET', 'me/mailboxSettings');
  expect(all.status).toBe(200);
  expect(all.json).toMatchObject({ timeZone: 'W. Europe Standard Time', workingHours: { timeZone: { name: 'W. Europe Standard Time' } } });
  const zone = await call('GET', 'me/mailboxSettings/timeZone');
  expect(zone.status).toBe(200);
  expect(zone.json.value).toBe('W. Europe Standard Time');
  expect(String(zone.json['@odata.context'])).toMatch(/\/mailboxSettings\/timeZone$/);
  expect((await call('PATCH', 'me/mailboxSettings', { timeZone: 'UTC' })).status).toBe(405);
});

test('GET /teams/gtm-team/channels/gtm-review: the GTM Review channel; an unknown channel is a 404', async () => {
  const one = await call('GET', 'teams/gtm-team/channels/gtm-review');
  expect(one.status).toBe(200);
  expect(one.json).toMatchObject({ id: 'gtm-review', displayName: 'GTM Review', membershipType: 'standard' });
  expect((await call('GET', 'teams/gtm-team/channels/nope')).status).toBe(404);
});

describe('a channel message with @mentions', () => {
  const elena = { id: '7f3c1a52-0000-4000-8000-000000000001', displayName: 'Elena Ricci' };
  const html = '<p>Bring a plan — <at id="0">Elena Ricci</at></p>';

  it('keeps the body and the mention, with Graph’s identity type, and answers them on GET', async () => {
    const posted = await call('POST', 'teams/gtm-team/channels/gtm-review/messages', {
      body: { contentType: 'html', content: html },
      mentions: [{ id: 0, mentionText: 'Elena Ricci', mentioned: { user: { ...elena, userIdentityType: 'aadUser' } } }],
    });
    expect(posted.status).toBe(201);
    const read = await call('GET', `teams/gtm-team/channels/gtm-review/messages/${String(posted.json.id)}`);
    expect(read.json.body).toEqual({ contentType: 'html', content: html });
    expect(read.json.mentions).toEqual([
      { id: 0, mentionText: 'Elena Ricci', mentioned: { application: null, device: null, conversation: null, tag: null, user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', userIdentityType: 'aadUser', ...elena } } },
    ]);
  });

  it('refuses an <at> without its mention, a mention no tag uses, and a mention text that is not the tag’s', async () => {
    const post = (content: string, mentions: unknown[]) => call('POST', 'teams/gtm-team/channels/gtm-review/messages', { body: { contentType: 'html', content }, mentions });
    const mention = { id: 0, mentionText: 'Elena Ricci', mentioned: { user: elena } };
    expect((await post(html, [])).status).toBe(400);
    expect((await post('<p>No tag</p>', [mention])).status).toBe(400);
    expect((await post(html, [{ ...mention, mentionText: 'Elena' }])).status).toBe(400);
    expect((await post(html, [{ id: 0, mentionText: 'Elena Ricci', mentioned: {} }])).status).toBe(400);
  });
});
