/**
 * The Office dialog sign-in with a fake dialog: the URL it opens, the token it passes back, the
 * dialog closed either way, a token reused until five minutes before it expires, a closed window
 * reported as such.
 */
import { dialogTokenSource, type DialogLike } from './dialog-token';
import { TokenError } from './token-source';

type Handler = (arg: { message?: string; error?: number }) => void;

/** A dialog that answers with `reply` (a message, or an event code) once both handlers are in. */
function fakeOpener(reply: { message: string } | { error: number }) {
  const opened: string[] = [];
  let closed = 0;
  const open = async (url: string): Promise<DialogLike> => {
    opened.push(url);
    const handlers: Partial<Record<'message' | 'event', Handler>> = {};
    return {
      addEventHandler(type, handler) {
        handlers[type] = handler;
        if (handlers.message && handlers.event) setTimeout(() => ('message' in reply ? handlers.message?.(reply) : handlers.event?.(reply)), 0);
      },
      close: () => void closed++,
    };
  };
  return { open, opened, closed: () => closed };
}

const NOW = Date.parse('2026-12-07T12:00:00Z');
const token = (expiresOn: string) => ({ message: JSON.stringify({ type: 'gtm-token', accessToken: 'dialog-token', expiresOn }) });

it('opens auth-dialog.html with the scopes, returns the token it sends and closes the dialog', async () => {
  const fake = fakeOpener(token('2026-12-07T13:00:00Z'));
  const source = dialogTokenSource(fake.open, 'https://contoso.example/gtm/auth-dialog.html', () => NOW);
  await expect(source.getToken(['https://graph.microsoft.com/Sites.Read.All'])).resolves.toBe('dialog-token');
  expect(fake.opened).toEqual(['https://contoso.example/gtm/auth-dialog.html?scopes=https%3A%2F%2Fgraph.microsoft.com%2FSites.Read.All']);
  expect(fake.closed()).toBe(1);
});

it('a token expiring at 13:00 is reused at 12:54 and asked for again at 12:55 (five minutes early)', async () => {
  let now = NOW;
  const fake = fakeOpener(token('2026-12-07T13:00:00Z'));
  const source = dialogTokenSource(fake.open, 'https://contoso.example/auth-dialog.html', () => now);
  await source.getToken(['a']);
  now = Date.parse('2026-12-07T12:54:59Z');
  await source.getToken(['a']);
  expect(fake.opened).toHaveLength(1);
  now = Date.parse('2026-12-07T12:55:00Z');
  await source.getToken(['a']);
  expect(fake.opened).toHaveLength(2);
});

it('the user closing the window (event 12006) is said plainly, and the dialog is closed', async () => {
  const fake = fakeOpener({ error: 12006 });
  const source = dialogTokenSource(fake.open, 'https://contoso.example/auth-dialog.html', () => NOW);
  await expect(source.getToken(['a'])).rejects.toThrow(new TokenError('The sign-in window was closed before signing in. Press the button again to sign in.'));
  expect(fake.closed()).toBe(1);
});

it('an error sent by the dialog page is passed on with what to do', async () => {
  const fake = fakeOpener({ message: JSON.stringify({ type: 'gtm-token-error', message: 'AADSTS65001: consent required' }) });
  const source = dialogTokenSource(fake.open, 'https://contoso.example/auth-dialog.html', () => NOW);
  await expect(source.getToken(['a'])).rejects.toThrow('Sign-in to Microsoft 365 failed: AADSTS65001: consent required. Press the button again to sign in.');
});
