/**
 * What the build injects (webpack DefinePlugin in scripts/webpack-config.js): whether this bundle is
 * the workbench's, and the Entra ID app registration the production bundle signs in with
 * (`GTM_EXCEL_CLIENT_ID`, `GTM_EXCEL_AUTHORITY` at `npm run package`). No tenant value lives in code.
 */
import { TokenError } from './token-source';

declare const __GTM_WORKBENCH__: boolean | undefined;
declare const __GTM_AUTH__: { clientId: string; authority: string } | undefined;

/** The app registration MSAL signs in with. */
export interface AuthConfig {
  /** The Application (client) id of the add-in's app registration. */
  clientId: string;
  /** e.g. `https://login.microsoftonline.com/organizations` (any work account) or `…/<tenant id>`. */
  authority: string;
}

/** True in the workbench build (`node scripts/build-ui.js`), false in `npm run package`. */
export function isWorkbenchBuild(): boolean {
  return typeof __GTM_WORKBENCH__ !== 'undefined' && __GTM_WORKBENCH__;
}

/**
 * The injected app registration, checked.
 * @throws {TokenError} when the bundle was packaged without a client id (the message says how to fix it)
 */
export function injectedAuthConfig(injected: AuthConfig | undefined = typeof __GTM_AUTH__ === 'undefined' ? undefined : __GTM_AUTH__): AuthConfig {
  const clientId = injected?.clientId.trim() ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(clientId)) {
    throw new TokenError(
      `This build of the add-in has no valid Entra ID client id (got ${JSON.stringify(clientId)}): package it again with GTM_EXCEL_CLIENT_ID=<the app registration's Application (client) id> npm run package -- --only excel (see excel-addin/README.md, "Sign-in").`,
    );
  }
  return { clientId, authority: injected?.authority.trim() || 'https://login.microsoftonline.com/organizations' };
}
