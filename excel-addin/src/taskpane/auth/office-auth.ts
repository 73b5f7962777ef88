/// <reference types="office-js" />
/**
 * The production wiring of the token source: the real `@azure/msal-browser` and the real
 * `Office.context`, for main.tsx only (tests use msal-token.ts and dialog-token.ts with fakes).
 */
import { createNestablePublicClientApplication } from '@azure/msal-browser';
import type { AuthConfig } from './build-config';
import { dialogTokenSource, type DialogLike, type OpenDialog } from './dialog-token';
import { msalTokenSource } from './msal-token';
import { TokenError, type TokenSource } from './token-source';

/** `Office.context.ui.displayDialogAsync` as a promise of the dialog (failures as TokenError). */
export const officeDialogOpener: OpenDialog = (url) =>
  new Promise<DialogLike>((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new TokenError(`Excel could not open the sign-in window (${result.error.code}: ${result.error.message}). Allow pop-ups for this add-in and try again.`));
        return;
      }
      const dialog = result.value;
      resolve({
        addEventHandler: (type, handler) =>
          dialog.addEventHandler(type === 'message' ? Office.EventType.DialogMessageReceived : Office.EventType.DialogEventReceived, (arg) =>
            handler('message' in arg ? { message: arg.message } : { error: arg.error }),
          ),
        close: () => dialog.close(),
      });
    });
  });

/** NAA where the host supports it, else the dialog at auth-dialog.html beside the pane. */
export function officeTokenSource(config: AuthConfig, pageUrl: string): TokenSource {
  return msalTokenSource({
    naaSupported: () => Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
    createNestable: () => createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority } }),
    dialog: dialogTokenSource(officeDialogOpener, new URL('auth-dialog.html', pageUrl).href),
  });
}
