/**
 * The stand-in's chat members over HTTP: the demo meeting chat lists its eight members as Graph's
 * aadUserConversationMembers; an unknown chat is a 404 in Graph's error shape.
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

async function get(path: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${wb.graphUrl}/${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

type Member = { '@odata.type': string; id: string; displayName: string; email: string; userId: string; roles: string[] };
const meetingChat = encodeURIComponent('19:meeting_gtm-review@thread.v2');

describe('chat members in the stand-in', () => {
  it('GET /chats/{meeting chat}/members: 8 members, Elena Ricci first as owner with user id …0001', async () => {
    const { status, json } = await get(`chats/${meetingChat}/members`);
    expect(status).toBe(200);
    const members = json.value as Member[];
    expect(json['@odata.count']).toBe(8);
    expect(members.map((m) => m.displayName)).toEqual([
      'Elena Ricci', 'Marco Bianchi', 'Anna Kowalski', 'James Mensah', 'Tom Becker', 'Sara Lindqvist', 'Julia Novak', 'Chloe Martin',
    ]);
    expect(members[0]).toMatchObject({
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      email: 'elena.ricci@contoso.example',
      userId: '00000000-0000-0000-0000-000000000001',
      roles: ['owner'],
    });
    expect(members[1]?.roles).toEqual([]);
  });

  it('GET one member by its membership id: the same member', async () => {
    const members = (await get(`chats/${meetingChat}/members`)).json.value as Member[];
    const third = members[2];
    const { status, json } = await get(`chats/${meetingChat}/members/${encodeURIComponent(third?.id ?? '')}`);
    expect(status).toBe(200);
    expect(json).toMatchObject({ displayName: 'Anna Kowalski', email: 'anna.kowalski@contoso.example' });
  });

  it('an unknown chat: 404 NotFound with Graph error shape', async () => {
    const { status, json } = await get(`chats/${encodeURIComponent('19:nobody@thread.v2')}/members`);
    expect(status).toBe(404);
    expect(json.error).toMatchObject({ code: 'NotFound', message: "Chat '19:nobody@thread.v2' not found, or you are not a member of it." });
  });
});
