/** @gtm/workbench: the gtm CLI and the local SharePoint + Graph stand-in. */
export {};
