import type { WebPartEnvironment } from '../../spfx-webparts/src/components/common/environment';

/** The demo tenant's user when the URL names none (a site owner of the seeded site). */
export const DEFAULT_PAGE_USER = { displayName: 'Alex Morgan', email: 'alex.morgan@contoso.example' };

/**
 * `?user=` as a user: `Sam Lee <sam.lee@contoso.example>`, or a bare e-mail (its local part,
 * capitalised, becomes the name: `sam.lee@…` → `Sam Lee`). Missing or blank → Alex Morgan.
 */
export function parsePageUser(param: string | null): { displayName: string; email: string } {
  const text = param?.trim() ?? '';
  if (text === '') return DEFAULT_PAGE_USER;
  const named = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text);
  if (named?.[1] && named[2]) return { displayName: named[1], email: named[2] };
  const local = text.split('@')[0] ?? text;
  const displayName = local
    .split(/[._-]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
  return { displayName: displayName || text, email: text };
}

/**
 * The environment a workbench page gives a view, from its URL: `?user=` picks the user,
 * `?role=member` takes away "manage lists" (site owners get "Create the GTM lists"), and the clock
 * is the browser's, as in SharePoint.
 */
export function pageEnvironment(search: string, provisionLists: () => Promise<void>): WebPartEnvironment {
  const params = new URLSearchParams(search);
  const canManageLists = params.get('role') !== 'member';
  return {
    now: () => new Date(),
    currentUser: parsePageUser(params.get('user')),
    canManageLists,
    ...(canManageLists ? { provisionLists } : {}),
  };
}
