/**
 * What `gtm provision` asks SharePoint for, in one place so deploy/app-registration.json can be
 * checked against it (test/deploy/app-registration.test.ts).
 *
 * - A person at the terminal (MSAL device code): SharePoint's delegated `AllSites.Manage`, the
 *   least privileged SharePoint scope that creates lists, fields, indexes and views; bounded by the
 *   signed-in person's own rights on the site (a site owner).
 * - A certificate (app-only): `<origin>/.default`, i.e. whatever application permissions the
 *   separate app-only registration was granted — `Sites.Manage.All` on SharePoint
 *   (deploy/app-registration.app-only.json).
 */

/** SharePoint's delegated permission for the device-code sign-in. */
export const PROVISION_DELEGATED_PERMISSION = 'AllSites.Manage';

/** SharePoint's application permission the app-only (certificate) registration is granted. */
export const PROVISION_APP_ONLY_PERMISSION = 'Sites.Manage.All';

/**
 * The device-code request's scopes for a site's origin.
 * @example provisionDelegatedScopes('https://contoso.sharepoint.com') // ['https://contoso.sharepoint.com/AllSites.Manage']
 */
export function provisionDelegatedScopes(origin: string): string[] {
  return [`${origin}/${PROVISION_DELEGATED_PERMISSION}`];
}

/**
 * The certificate request's scopes: app-only tokens always ask for `.default`.
 * @example provisionAppOnlyScopes('https://contoso.sharepoint.com') // ['https://contoso.sharepoint.com/.default']
 */
export function provisionAppOnlyScopes(origin: string): string[] {
  return [`${origin}/.default`];
}
