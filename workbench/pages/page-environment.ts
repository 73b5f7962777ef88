import type { WebPartEnvironment } from '../../spfx-webparts/src/components/common/environment';
import { usableLocale } from '@gtm/shared';

/**
 * The signed-in user as SPFx's `pageContext.user` names it (SPUser: `displayName`, `email`,
 * `loginName`; https://learn.microsoft.com/en-us/javascript/api/sp-page-context/spuser).
 */
export interface PageUser {
  displayName: string;
  email: string;
  /** An online user's login: `user@domain.com`, without the claims prefix REST's `LoginName` has. */
  loginName: string;
}

/** The fields of `GET _api/web/currentuser` the page reads. */
export interface CurrentUserRow {
  Title: string;
  Email: string;
  LoginName: string;
}

/**
 * The page user from `_api/web/currentuser`, the person `--user` (or GTM_USER) signed in. REST's
 * `LoginName` is a claims login (`i:0#.f|membership|…`); SPUser's `loginName` of an online user is
 * the bare `user@domain.com` (SPUser docs above), so the claim prefix goes.
 * @example pageUserFrom({ Title: 'Marco Rossi', Email: 'marco.rossi@contoso.example', LoginName: 'i:0#.f|membership|marco.rossi@contoso.example' })
 *   // { displayName: 'Marco Rossi', email: 'marco.rossi@contoso.example', loginName: 'marco.rossi@contoso.example' }
 */
export function pageUserFrom(row: CurrentUserRow): PageUser {
  const claim = /^i:0#\.f\|membership\|(.+)$/i.exec(row.LoginName);
  return { displayName: row.Title, email: row.Email, loginName: claim?.[1] ?? row.LoginName };
}

/**
 * The environment a workbench page gives a view: the signed-in user the server reported,
 * `?role=member` takes away "manage lists" (site owners get "Create the GTM lists"), and the clock
 * is the browser's, as in SharePoint. The locale (how numbers are typed) is `?locale=de-DE` when
 * given, else `browserLocale` (the page passes `navigator.language`), standing in for SharePoint's
 * `pageContext.cultureInfo.currentUICultureName`.
 */
export function pageEnvironment(
  search: string,
  user: PageUser,
  provisionLists: () => Promise<void>,
  browserLocale = 'en-US',
): WebPartEnvironment {
  const params = new URLSearchParams(search);
  const canManageLists = params.get('role') !== 'member';
  return {
    now: () => new Date(),
    locale: pageLocale(params.get('locale'), browserLocale),
    currentUser: { displayName: user.displayName, email: user.email },
    canManageLists,
    ...(canManageLists ? { provisionLists } : {}),
  };
}

/**
 * The `?locale=` tag when Intl knows it, else the browser's: a mistyped tag must not make every
 * number field throw (Intl.NumberFormat throws a RangeError on a malformed tag).
 * @example pageLocale('de-DE', 'en-US') // 'de-DE'
 * @example pageLocale('not a tag', 'en-US') // 'en-US'
 */
export function pageLocale(requested: string | null, browserLocale: string): string {
  return usableLocale([requested, browserLocale]);
}
