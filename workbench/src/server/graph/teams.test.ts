/**
 * The stand-in's joined teams and channels over HTTP, as Graph answers them: the demo user is in
 * 2 teams (GTM first, its id the group id "gtm-team"); GTM has 2 channels, GTM Review among them;
 * a team's thread id or an unknown id is a 404.
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

test('GET /me/joinedTeams: GTM and Product Marketing, with id, displayName, description, isArchived and tenantId set, internalId null', async () => {
  const { status, json } = await get('me/joinedTeams');
  expect(status).toBe(200);
  const teams = json.value as Record<string, unknown>[];
  expect(teams.map((t) => [t.id, t.displayName])).toEqual([['gtm-team', 'GTM'], ['5d0f2c8e-7b1a-4c39-9e64-3f2a8b7c1d05', 'Product Marketing']]);
  expect(teams[0]).toMatchObject({ isArchived: false, tenantId: '00000000-0000-0000-0000-00000000c0de', internalId: null, webUrl: null });
  expect(String(json['@odata.context'])).toMatch(/\/\$metadata#teams$/);
});

test('GET /teams/gtm-team/channels: General and GTM Review (id gtm-review), standard channels', async () => {
  const { status, json } = await get('teams/gtm-team/channels');
  expect(status).toBe(200);
  const channels = json.value as Record<string, unknown>[];
  expect(channels.map((c) => [c.id, c.displayName, c.membershipType])).toEqual([
    ['19:general-gtm@thread.tacv2', 'General', 'standard'],
    ['gtm-review', 'GTM Review', 'standard'],
  ]);
});

test("GET /teams/{thread id}/channels is a 404: Graph takes the group id, not the team's 19:…@thread.tacv2", async () => {
  const { status, json } = await get(`teams/${encodeURIComponent('19:gtm-team@thread.tacv2')}/channels`);
  expect(status).toBe(404);
  expect((json.error as { code: string }).code).toBe('NotFound');
});
