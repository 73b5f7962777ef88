import { graphSitePeople, USER_INFORMATION_LIST } from './graph-site-people';
import { graphForWorkbench } from './pnp-setup';

/**
 * Unit tests with PnPjs's `send` observer replaced by a site whose User Information List is held in
 * memory, counting how often it is read.
 */

const GRAPH = 'https://graph.microsoft.com/v1.0';
const SITE_ID = 'contoso.sharepoint.com,1,2';

function setup(users: { id: number; title: string; email: string }[]) {
  const requests: string[] = [];
  const graph = graphForWorkbench(GRAPH, 'token', { retries: 0 });
  graph.using((instance) => {
    instance.on.send.replace(async (url: string | URL) => {
      const text = decodeURIComponent(url.toString());
      requests.push(text.replace(GRAPH, ''));
      if (!text.includes(`/lists/${USER_INFORMATION_LIST}/items`)) return new Response('{}', { status: 404 });
      return Response.json({ value: users.map((u) => ({ id: String(u.id), fields: { Title: u.title, EMail: u.email } })) });
    });
    return instance;
  });
  return { requests, people: graphSitePeople(graph, SITE_ID) };
}

const ANNA = { id: 7, title: 'Anna Berg', email: 'anna.berg@contoso.example' };
const MARCO = { id: 9, title: 'Marco Rossi', email: 'marco.rossi@contoso.example' };

describe('looking up site users by id over Graph', () => {
  it('reads the User Information List once for ids it holds: 3 lookups of ids 7 and 9 are 1 request', async () => {
    const { requests, people } = setup([ANNA, MARCO]);
    for (let i = 0; i < 3; i++) {
      const find = await people.lookup([7, 9]);
      expect(find(9)).toEqual({ id: 9, email: 'marco.rossi@contoso.example', displayName: 'Marco Rossi' });
    }
    expect(requests).toHaveLength(1);
  });

  it('reads again once for an id it has not seen (id 42), then remembers the miss: 5 lookups of 42 are 2 requests', async () => {
    const { requests, people } = setup([ANNA]);
    for (let i = 0; i < 5; i++) {
      const find = await people.lookup([7, 42]);
      expect(find(7)?.email).toBe('anna.berg@contoso.example');
      expect(find(42)).toBeUndefined();
    }
    expect(requests).toHaveLength(2);
  });

  it('still reads again for a new unknown id (id 43) after remembering 42: 3 requests in all', async () => {
    const { requests, people } = setup([ANNA]);
    await people.lookup([42]);
    await people.lookup([42]);
    await people.lookup([42, 43]);
    await people.lookup([43]);
    expect(requests).toHaveLength(3);
  });

  it('finds a site user added later in a new instance (a reload): the miss belongs to the instance that saw it', async () => {
    const users = [ANNA];
    const first = setup(users);
    expect((await first.people.lookup([9]))(9)).toBeUndefined();
    users.push(MARCO);
    expect((await first.people.lookup([9]))(9)).toBeUndefined();
    const reloaded = setup(users);
    expect((await reloaded.people.lookup([9]))(9)?.displayName).toBe('Marco Rossi');
  });
});
