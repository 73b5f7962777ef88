/**
 * Sign-in through the Office dialog API, for hosts without nested app authentication. Per
 * Microsoft's "Authenticate and authorize with the Office dialog API", the sign-in page cannot run in
 * the pane's iframe, so `Office.context.ui.displayDialogAsync` opens auth-dialog.html (same origin as
 * the pane), which runs MSAL's redirect flow and sends the token back with `messageParent`; the pane
 * closes the dialog. A token is kept until five minutes before it expires, so a load does not open
 * a window each time.
 */
import { TokenError, type TokenSource } from './token-source';

/** What auth-dialog.html sends with `Office.context.ui.messageParent` (JSON). */
export type DialogMessage = { type: 'gtm-token'; accessToken: string; expiresOn: string } | { type: 'gtm-token-error'; message: string };

/** The slice of `Office.Dialog` used here. */
export interface DialogLike {
  addEventHandler(type: 'message' | 'event', handler: (arg: { message?: string; error?: number }) => void): void;
  close(): void;
}

/** Opens the dialog: `Office.context.ui.displayDialogAsync` reduced to a promise (see officeDialogOpener). */
export type OpenDialog = (url: string) => Promise<DialogLike>;

const EARLY_MS = 5 * 60_000;

/** Office's dialog event codes (Office dialog API, "Errors and events in the Office dialog box"). */
function dialogEventMessage(code: number | undefined): string {
  if (code === 12006) return 'The sign-in window was closed before signing in. Press the button again to sign in.';
  if (code === 12002) return 'The sign-in page could not be found (HTTP 404). The add-in was deployed without auth-dialog.html; tell your admin.';
  return `The sign-in window stopped (Office dialog event ${code ?? 'unknown'}). Press the button again to sign in.`;
}

/**
 * @param dialogUrl auth-dialog.html beside taskpane.html, e.g. `https://contoso.example/gtm/auth-dialog.html`
 * @param now the clock (tests pass a fixed one)
 */
export function dialogTokenSource(open: OpenDialog, dialogUrl: string, now: () => number = Date.now): TokenSource {
  const cache = new Map<string, { token: string; until: number }>();
  return {
    async getToken(scopes) {
      const key = [...scopes].sort().join(' ');
      const hit = cache.get(key);
      if (hit && hit.until > now()) return hit.token;
      const dialog = await open(`${dialogUrl}?scopes=${encodeURIComponent(key)}`);
      const message = await new Promise<DialogMessage>((resolve, reject) => {
        dialog.addEventHandler('message', (arg) => {
          try {
            resolve(JSON.parse(arg.message ?? '') as DialogMessage);
          } catch {
            reject(new TokenError('The sign-in window answered something that is not a token. Press the button again to sign in.'));
          }
        });
        dialog.addEventHandler('event', (arg) => reject(new TokenError(dialogEventMessage(arg.error))));
      }).finally(() => dialog.close());
      if (message.type !== 'gtm-token' || typeof message.accessToken !== 'string') {
        throw new TokenError(`Sign-in to Microsoft 365 failed: ${message.type === 'gtm-token-error' ? message.message : 'no token came back'}. Press the button again to sign in.`);
      }
      const expires = Date.parse(message.expiresOn);
      if (Number.isFinite(expires)) cache.set(key, { token: message.accessToken, until: expires - EARLY_MS });
      return message.accessToken;
    },
  };
}
