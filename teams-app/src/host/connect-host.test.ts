/**
 * Connecting to Teams: standalone at once outside a frame; inside one, a slow client is waited for
 * (7 s is fine), and one that never answers within 20 s is reported, not taken for standalone.
 */
import { app } from '@microsoft/teams-js';
import { connectHost, HOST_TIMEOUT_MS, TeamsUnreachableError } from './connect-host';

jest.mock('@microsoft/teams-js', () => ({ app: { initialize: jest.fn(), getContext: jest.fn(), registerOnThemeChangeHandler: jest.fn() } }));
const initialize = app.initialize as jest.Mock;
const getContext = app.getContext as jest.Mock;

/** A window stand-in: framed or not, at `href`, in a browser set to Italian. */
function win(framed: boolean, href = 'https://gtm.contoso.example/teams/index.html'): Window {
  const w = { location: { href }, navigator: { language: 'it-IT' } } as { location: { href: string }; navigator: { language: string }; self?: unknown; top?: unknown };
  w.self = w;
  w.top = framed ? {} : w;
  return w as unknown as Window;
}

const context = {
  app: { theme: 'dark', locale: 'de-de' },
  page: { frameContext: 'sidePanel' },
  user: { userPrincipalName: 'elena.ricci@contoso.example', displayName: 'Elena Ricci', tenant: { id: 'c0ffee00-0000-4000-8000-000000000001' } },
  meeting: { id: 'MCM6' },
  chat: { id: '19:meeting_gtm-review@thread.v2' },
  team: { internalId: '19:gtm-team@thread.tacv2', groupId: '0a1b2c3d-0000-4000-8000-000000000002' },
  channel: { id: '19:review@thread.tacv2' },
};

beforeEach(() => {
  jest.useFakeTimers();
  initialize.mockReset();
  getContext.mockReset();
});
afterEach(() => jest.useRealTimers());

test('outside any frame the tab is standalone at once, with the ?theme= of its URL, and never calls initialize', async () => {
  const host = await connectHost(win(false, 'https://gtm.contoso.example/teams/index.html?theme=contrast'));
  expect(host.context).toMatchObject({ mode: 'standalone', frameContext: 'standalone', theme: 'contrast', note: null });
  expect(initialize).not.toHaveBeenCalled();
});

test('a Teams client that answers after 7 s (slower than the old 3 s race) still gives the meeting context', async () => {
  initialize.mockReturnValue(new Promise((resolve) => setTimeout(resolve, 7_000)));
  getContext.mockResolvedValue(context);
  const connecting = connectHost(win(true));
  await jest.advanceTimersByTimeAsync(7_000);
  const host = await connecting;
  expect(host.context).toMatchObject({ mode: 'teams', frameContext: 'sidePanel', theme: 'dark', chatId: '19:meeting_gtm-review@thread.v2', channelId: '19:review@thread.tacv2' });
  expect(host.context.user).toEqual({ email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' });
  expect(host.context.tenantId).toBe('c0ffee00-0000-4000-8000-000000000001');
});

test("the team is the group id Graph takes, never the thread id 19:gtm-team@thread.tacv2; without a group id there is no team", async () => {
  initialize.mockResolvedValue(undefined);
  getContext.mockResolvedValueOnce(context).mockResolvedValueOnce({ ...context, team: { internalId: '19:gtm-team@thread.tacv2' } });
  expect((await connectHost(win(true))).context).toMatchObject({ teamId: '0a1b2c3d-0000-4000-8000-000000000002', groupId: '0a1b2c3d-0000-4000-8000-000000000002' });
  expect((await connectHost(win(true))).context).toMatchObject({ teamId: null, groupId: null });
});

test(`inside a frame that never answers, after ${HOST_TIMEOUT_MS / 1000} s it says "Teams did not answer …; reload the tab."`, async () => {
  initialize.mockReturnValue(new Promise(() => undefined));
  const connecting = connectHost(win(true));
  const failed = expect(connecting).rejects.toThrow(new TeamsUnreachableError('no answer to initialize within 20 s'));
  await jest.advanceTimersByTimeAsync(HOST_TIMEOUT_MS);
  await failed;
  expect(new TeamsUnreachableError('x').message).toBe('Teams did not answer (x); reload the tab.');
});

test('an initialize that fails inside a frame is reported with its reason, not turned into standalone', async () => {
  initialize.mockRejectedValue(new Error('Initialization Failed. No Parent window found.'));
  await expect(connectHost(win(true))).rejects.toThrow('Teams did not answer (Initialization Failed. No Parent window found.); reload the tab.');
});

test("the user's locale is Teams' app.locale (de-de → de-DE); standalone it is ?locale=, else the browser's (it-IT)", async () => {
  initialize.mockResolvedValue(undefined);
  getContext.mockResolvedValueOnce(context).mockResolvedValueOnce({ ...context, app: { theme: 'default', locale: 'not a tag' } });
  expect((await connectHost(win(true))).context.locale).toBe('de-DE');
  expect((await connectHost(win(true))).context.locale).toBe('en-US');
  expect((await connectHost(win(false, 'https://gtm.contoso.example/teams/index.html?locale=fr-FR'))).context.locale).toBe('fr-FR');
  expect((await connectHost(win(false))).context.locale).toBe('it-IT');
});
