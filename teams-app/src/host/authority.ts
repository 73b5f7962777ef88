/**
 * The Entra ID authority the tab signs in with. The GTM suite's registration is single tenant
 * (deploy/app-registration.json, `AzureADMyOrg`), and Entra refuses `/common` and `/organizations`
 * for such an app (AADSTS50194: "Application is not configured as a multi-tenant application"):
 * the authority must name the tenant. It is injected at build (`GTM_TEAMS_AUTHORITY`, as the Excel
 * add-in's `GTM_EXCEL_AUTHORITY`), or else taken from the Teams context's tenant id
 * (`context.user.tenant.id`), which inside Teams is always the signed-in user's tenant.
 */

declare const __GTM_TEAMS_AUTHORITY__: string | undefined;

/** What `node teams-app/scripts/build-web.js` injected from GTM_TEAMS_AUTHORITY ('' when unset). */
export function injectedAuthority(): string {
  return typeof __GTM_TEAMS_AUTHORITY__ === 'undefined' ? '' : __GTM_TEAMS_AUTHORITY__;
}

/**
 * The tenant-specific authority.
 * @example teamsAuthority('', 'c0ffee00-0000-4000-8000-000000000001') // 'https://login.microsoftonline.com/c0ffee00-0000-4000-8000-000000000001'
 * @example teamsAuthority('https://login.microsoftonline.com/contoso.onmicrosoft.com', null) // that URL, unchanged
 * @throws {Error} when neither names a tenant, or the injected one is `/common`, `/organizations` or `/consumers`
 */
export function teamsAuthority(injected: string, tenantId: string | null | undefined): string {
  const given = injected.trim().replace(/\/+$/, '');
  if (given) {
    if (/\/(common|organizations|consumers)$/i.test(given)) {
      throw new Error(
        `GTM_TEAMS_AUTHORITY is ${given}, which Entra refuses for the single-tenant GTM registration (AADSTS50194): build again with GTM_TEAMS_AUTHORITY=https://login.microsoftonline.com/<tenant id> (DEPLOY.md, step 4).`,
      );
    }
    return given;
  }
  const tenant = tenantId?.trim();
  if (tenant) return `https://login.microsoftonline.com/${tenant}`;
  throw new Error(
    'Cannot sign in: Teams gave no tenant id and the tab was built without GTM_TEAMS_AUTHORITY. Build it with GTM_TEAMS_AUTHORITY=https://login.microsoftonline.com/<tenant id> (DEPLOY.md, step 4).',
  );
}
