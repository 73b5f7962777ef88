/**
 * What a web part view needs from its host besides data: the clock, the user, and whether the
 * user may create the GTM lists. The SPFx web part fills it from its context; the workbench page
 * from the URL; tests with fixed values.
 */
export interface WebPartEnvironment {
  /** The clock (overdue actions, the current review cycle, the next review). Tests fix it. */
  now(): Date;
  /** The signed-in user: the default owner of new items. */
  currentUser: { email: string; displayName: string };
  /**
   * The user's language and region (BCP 47, e.g. 'de-DE'): how numbers are typed (2,3 is 2.3 in
   * de-DE). SharePoint's `pageContext.cultureInfo.currentUICultureName`; the workbench pages pass
   * `?locale=` or the browser's `navigator.language`.
   */
  locale: string;
  /** Site owners (manage lists) are offered "Create the GTM lists" when a list is missing. */
  canManageLists: boolean;
  /** Creates or updates the GTM lists from the shared schemas (only given to site owners). */
  provisionLists?: () => Promise<void>;
}
