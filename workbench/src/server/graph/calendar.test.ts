/**
 * The stand-in's calendars over HTTP: /me events with Teams meetings, and a POST that repeats a
 * transactionId answering with the event already created instead of a second one.
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
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const review = (transactionId: string) => ({
  subject: 'GTM Review',
  start: { dateTime: '2026-12-28T09:00:00', timeZone: 'UTC' },
  end: { dateTime: '2026-12-28T10:00:00', timeZone: 'UTC' },
  attendees: [{ emailAddress: { address: 'tom.becker@contoso.example', name: 'Tom Becker' }, type: 'required' }],
  isOnlineMeeting: true,
  onlineMeetingProvider: 'teamsForBusiness',
  transactionId,
});

describe('calendar events in the stand-in', () => {
  it('POST /me/events twice with one transactionId: both 201 with the same id, 1 event stored', async () => {
    const first = await call('POST', 'me/events', review('gtm-review:t:c:2026-12-07:next'));
    const again = await call('POST', 'me/events', review('gtm-review:t:c:2026-12-07:next'));
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.json.id).toBe(first.json.id);
    const listed = await call('GET', 'me/events');
    expect((listed.json.value as unknown[]).length).toBe(1);
  });

  it('makes the /me event a Teams meeting organised by the signed-in user, with a join URL', async () => {
    const created = await call('POST', 'me/calendar/events', review('another-review'));
    expect(created.json).toMatchObject({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' });
    expect(String((created.json.onlineMeeting as { joinUrl: string }).joinUrl)).toContain('/_workbench/meetings/');
    const got = await call('GET', `me/events/${String(created.json.id)}`);
    expect(got.json.transactionId).toBe('another-review');
    expect((got.json.attendees as unknown[]).length).toBe(1);
  });

  it('keeps calendars apart: the same transactionId in a group calendar creates that group its own event', async () => {
    const mine = await call('GET', 'me/events');
    const inGroup = await call('POST', 'groups/group-1/events', review('gtm-review:t:c:2026-12-07:next'));
    expect(inGroup.status).toBe(201);
    expect((mine.json.value as { id: string }[]).map((e) => e.id)).not.toContain(inGroup.json.id);
    expect(((await call('GET', 'groups/group-1/events')).json.value as unknown[]).length).toBe(1);
  });

  it('creates two events for two different transactionIds', async () => {
    const before = ((await call('GET', 'groups/group-2/events')).json.value as unknown[]).length;
    await call('POST', 'groups/group-2/events', review('a'));
    await call('POST', 'groups/group-2/events', review('b'));
    expect(before).toBe(0);
    expect(((await call('GET', 'groups/group-2/events')).json.value as unknown[]).length).toBe(2);
  });
});
