/**
 * The tab's settings, read from its URL (the configuration page writes them into the tab's
 * contentUrl) and the host context. In the workbench (127.0.0.1) Graph is the stand-in at
 * `<origin>/graph/v1.0` with its dev token; in Teams, Microsoft Graph with an NAA token.
 */
import type { IsoDate } from '@gtm/shared';
import { IsoDateSchema, localDay } from '@gtm/shared';
import type { TabContext } from './host/host-types';

/** The demo team and channel of the workbench (the stand-in accepts any ids). */
export const WORKBENCH_TEAM = 'gtm-team';
export const WORKBENCH_CHANNEL = 'gtm-review';

export interface TabSettings {
  graphUrl: string;
  workbench: boolean;
  siteId: string;
  teamId: string;
  channelId: string;
  clientId: string | null;
  today: IsoDate;
  /**
   * The SharePoint site's zone (IANA) from `?tz=`, for date-only columns; null means "read it from
   * the site": the workbench answers `_api/web/regionalsettings/timezone` (Graph v1.0 has no
   * such resource, so a tenant's configuration page writes `tz` into the tab's URL).
   */
  siteTimeZone: string | null;
}


export function readTabSettings(href: string, context: TabContext, clock: Date): TabSettings {
  const url = new URL(href);
  const q = (name: string): string | null => {
    const v = url.searchParams.get(name);
    return v && v.trim() ? v.trim() : null;
  };
  const workbench = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  const todayParam = q('today');
  const teamId = q('team') ?? context.teamId ?? WORKBENCH_TEAM;
  return {
    workbench,
    graphUrl: q('graph') ?? (workbench ? `${url.origin}/graph/v1.0` : 'https://graph.microsoft.com/v1.0'),
    siteId: q('site') ?? 'root',
    teamId,
    channelId: q('channel') ?? context.channelId ?? WORKBENCH_CHANNEL,
    clientId: q('clientId'),
    siteTimeZone: q('tz'),
    today: todayParam && IsoDateSchema.safeParse(todayParam).success ? todayParam : localDay(clock),
  };
}
