/// <reference types="office-js" />
/**
 * auth-dialog.js, the page Office's dialog opens where nested app authentication is unavailable
 * (see dialog-token.ts): MSAL's redirect flow in the dialog's own window, then the token back to the
 * pane with `Office.context.ui.messageParent`. The page is its own redirect URI, so the app
 * registration lists `<base URL>auth-dialog.html` as a single-page application redirect.
 */
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { injectedAuthConfig } from './build-config';
import type { DialogMessage } from './dialog-token';

function send(message: DialogMessage): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}

async function signIn(): Promise<void> {
  const config = injectedAuthConfig();
  const redirectUri = `${window.location.origin}${window.location.pathname}`;
  const scopes = (new URLSearchParams(window.location.search).get('scopes') ?? sessionStorage.getItem('gtm-scopes') ?? '').split(' ').filter(Boolean);
  sessionStorage.setItem('gtm-scopes', scopes.join(' ')); // the redirect back drops the query
  const pca = await createStandardPublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority, redirectUri },
    cache: { cacheLocation: 'sessionStorage' },
  });
  const result = await pca.handleRedirectPromise();
  if (result) {
    send({ type: 'gtm-token', accessToken: result.accessToken, expiresOn: result.expiresOn?.toISOString() ?? '' });
    return;
  }
  await pca.acquireTokenRedirect({ scopes, redirectUri });
}

void Office.onReady(() =>
  signIn().catch((error: unknown) => send({ type: 'gtm-token-error', message: error instanceof Error ? error.message : String(error) })),
);
