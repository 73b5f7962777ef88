/**
 * Every repository the three web parts read and write, built once per web part from one
 * `ListStore` (the @pnp/sp adapter in SharePoint and on the workbench pages, the in-memory store in
 * tests). Views receive this object; they never build queries or call PnPjs. The builder lives in
 * @gtm/shared (the workbench seeder uses it too); this path stays so the views import from `common/`.
 */
export { createGtmRepositories, type GtmRepositories } from '@gtm/shared';
