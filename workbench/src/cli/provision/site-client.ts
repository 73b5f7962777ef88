import { readFileSync } from 'node:fs';
import { spfi, type SPFI, DefaultHeaders, DefaultInit } from '@pnp/sp';
import { BearerToken, DefaultParse } from '@pnp/queryable';
import { RetryWithinBudget, spForWorkbench } from '@gtm/shared';
import { InputError } from '../errors';
import { retryBudgetMs } from '../throttling';
import { isLocalSite } from './args';
import { provisionAppOnlyScopes, provisionDelegatedScopes } from './scopes';

/**
 * The one place `gtm provision` configures PnPjs. Everything after it (provisioning, repositories)
 * is the same code for the workbench and a real tenant; only these root behaviors differ:
 * - the workbench: `spForWorkbench` (request digest from `_api/contextinfo`, no sign-in);
 * - a real site with a certificate (app-only): `SPDefault({ msal: { config, scopes } })` from `@pnp/nodejs`;
 * - a real site, a person at the terminal: MSAL's device code flow, the token handed over with `BearerToken`.
 */
export interface SiteClient {
  sp: SPFI;
  /** How it signs in, for the first line of output: `workbench`, `certificate (app-only)`, `device code`. */
  auth: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function need(env: Env, name: string, why: string): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') throw new InputError(`${name} is not set: ${why} (see workbench/README.md, "gtm provision")`);
  return value.trim();
}

export async function siteClient(site: string, env: Env, say: (line: string) => void): Promise<SiteClient> {
  // Throttled requests are re-sent for GTM_RETRY_BUDGET seconds (default 60), honouring Retry-After.
  const retry = { retryBudgetMs: retryBudgetMs(env) };
  if (isLocalSite(site)) return { sp: spForWorkbench(site, retry), auth: 'workbench' };

  const why = `provisioning ${site} signs in with an Entra ID app registration`;
  const tenantId = need(env, 'GTM_TENANT_ID', why);
  const clientId = need(env, 'GTM_CLIENT_ID', why);
  const authority = `https://login.microsoftonline.com/${tenantId}/`;
  const origin = new URL(site).origin;

  const certPath = env.GTM_CERT_PATH;
  if (certPath !== undefined && certPath !== '') {
    const thumbprint = need(env, 'GTM_CERT_THUMBPRINT', 'a certificate needs its SHA-1 thumbprint');
    let privateKey: string;
    try {
      privateKey = readFileSync(certPath, 'utf8');
    } catch {
      throw new InputError(`cannot read the certificate's private key at GTM_CERT_PATH=${JSON.stringify(certPath)}`);
    }
    const { SPDefault } = await import('@pnp/nodejs');
    const msal = {
      config: { auth: { authority, clientId, clientCertificate: { thumbprint, privateKey } } },
      scopes: provisionAppOnlyScopes(origin),
    };
    // @pnp/nodejs carries its own copy of @pnp/queryable's types; the behavior is the same function.
    const behavior = SPDefault({ msal }) as unknown as Parameters<SPFI['using']>[0];
    // RetryWithinBudget replaces the send of SPDefault (a retry count) with the budgeted one.
    return { sp: spfi(site).using(behavior, RetryWithinBudget(retry)), auth: 'certificate (app-only)' };
  }

  const { PublicClientApplication } = await import('@azure/msal-node');
  const app = new PublicClientApplication({ auth: { authority, clientId } });
  const result = await app.acquireTokenByDeviceCode({
    scopes: provisionDelegatedScopes(origin),
    deviceCodeCallback: (response) => say(response.message),
  });
  if (result === null) throw new InputError('the device code sign-in returned no token');
  return {
    sp: spfi(site).using(DefaultInit(), DefaultHeaders(), BearerToken(result.accessToken), RetryWithinBudget(retry), DefaultParse()),
    auth: 'device code',
  };
}
