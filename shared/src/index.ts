/** @gtm/shared: the GTM domain (pure rules) and, next, the SharePoint list data layer. */
export * from './domain';
export * from './sharepoint';
