/**
 * The delegated permissions the task pane asks for, and nothing more. What it calls:
 * - Graph `GET /sites/{hostname}:/{path}` (resolve the chosen site), `GET /sites/{id}/lists`
 *   (check the GTM lists are there) and `GET /sites/{id}/lists/{id}/items?expand=fields` (read):
 *   all reads, for which `Sites.Read.All` is the least privileged delegated permission
 *   (Microsoft Graph "Get a site resource by path", "List lists", "List items": Sites.Read.All).
 * - SharePoint REST `GET {site}/_api/web/regionalsettings/timezone` (Graph v1.0 has no regional
 *   settings, and date-only columns need the site's zone): SharePoint's delegated `AllSites.Read`.
 * The pane never writes, so no `*.ReadWrite.*` scope. excel-addin/README.md lists the same.
 */

/** Microsoft Graph: read sites, lists and list items the signed-in user can read. */
export const GRAPH_SCOPES: readonly string[] = ['https://graph.microsoft.com/Sites.Read.All'];

/**
 * SharePoint REST on the chosen site's host, for the site's time zone only.
 * @example sharePointScopes('contoso.sharepoint.com') // ['https://contoso.sharepoint.com/AllSites.Read']
 */
export function sharePointScopes(hostname: string): readonly string[] {
  return [`https://${hostname}/AllSites.Read`];
}

/** Every delegated permission the task pane requests, as an app registration names them. */
export const TASKPANE_PERMISSIONS = [
  { resource: 'Microsoft Graph', permission: 'Sites.Read.All', why: 'resolve the chosen site, check its GTM lists, read their items' },
  { resource: 'SharePoint', permission: 'AllSites.Read', why: "read the site's time zone (regional settings) for date-only columns" },
] as const;
