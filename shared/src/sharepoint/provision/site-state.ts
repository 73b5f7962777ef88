/** What `readSite` found on a site for the declared lists: the input of `computeDrift`. */

export interface SiteField {
  readonly internalName: string;
  readonly title: string;
  /** SharePoint's `TypeAsString`: `Text`, `Note`, `DateTime`, `Choice`… */
  readonly typeAsString: string;
  /** A DateTime field's `DisplayFormat`: 0 date only, 1 date and time. */
  readonly displayFormat?: number;
  readonly indexed: boolean;
  /** Whether the field requires a value (`Required`); left out where it was not read. */
  readonly required?: boolean;
}

export interface SiteList {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly SiteField[];
  /** View titles. */
  readonly views: readonly string[];
}

/** Per declared list (by its url name): what the site has there, or null when no list is at that url. */
export type SiteState = ReadonlyMap<string, SiteList | null>;
