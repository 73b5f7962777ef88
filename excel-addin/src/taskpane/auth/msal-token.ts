/**
 * The production token source: MSAL.js with nested app authentication (NAA), as Microsoft's
 * "Enable single sign-on in an Office Add-in with nested app authentication" describes
 * (learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in):
 * `createNestablePublicClientApplication`, then `acquireTokenSilent` and, when that fails (first use,
 * consent needed), `acquireTokenPopup`. Where the host lacks the `NestedAppAuth 1.1` requirement set,
 * or the nestable client cannot start, sign-in goes through the Office dialog API instead
 * ("Authenticate and authorize with the Office dialog API"; the OfficeDev outlook-add-in-sso-naa
 * sample falls back the same way).
 *
 * MSAL and Office come in as small interfaces so the choice is tested with fakes.
 */
import { TokenError, type TokenSource } from './token-source';

/** The part of MSAL's `IPublicClientApplication` used here. */
export interface NestableClient {
  acquireTokenSilent(request: { scopes: string[] }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string }>;
}

export interface MsalTokenDeps {
  /** `Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')`. */
  naaSupported(): boolean;
  /** `createNestablePublicClientApplication({ auth: { clientId, authority } })`. */
  createNestable(): Promise<NestableClient>;
  /** The Office dialog sign-in, used where NAA is unavailable. */
  dialog: TokenSource;
}

/** MSAL's errors carry `errorCode` (`user_cancelled`, `consent_required`, …). */
function errorCodeOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { errorCode?: unknown }).errorCode : undefined;
  return typeof code === 'string' ? code : '';
}

/**
 * Silent first, interactive on need, the dialog where NAA is unavailable. The nestable client is
 * created once, on the first token asked for (not at start-up: opening the pane signs nobody in).
 * @throws {TokenError} from getToken when the interactive sign-in fails or is cancelled
 */
export function msalTokenSource(deps: MsalTokenDeps): TokenSource {
  let client: Promise<NestableClient | undefined> | undefined;
  const nestable = (): Promise<NestableClient | undefined> => {
    // A client that failed to start is not retried: the dialog takes over for this session.
    client ??= deps.naaSupported() ? deps.createNestable().catch(() => undefined) : Promise.resolve(undefined);
    return client;
  };
  return {
    async getToken(scopes) {
      const pca = await nestable();
      if (!pca) return deps.dialog.getToken(scopes);
      const request = { scopes: [...scopes] };
      try {
        return (await pca.acquireTokenSilent(request)).accessToken;
      } catch {
        // Any silent failure (no account yet, consent or MFA needed) is what the popup is for.
      }
      try {
        return (await pca.acquireTokenPopup(request)).accessToken;
      } catch (error) {
        const code = errorCodeOf(error);
        if (code === 'user_cancelled') throw new TokenError('Sign-in was cancelled. Press the button again to sign in.');
        throw new TokenError(
          `Sign-in to Microsoft 365 failed${code ? ` (${code})` : ''}: ${error instanceof Error ? error.message : String(error)}. Try again; if it persists, ask your admin whether the GTM add-in's app registration is consented for ${scopes.join(', ')}.`,
        );
      }
    },
  };
}
