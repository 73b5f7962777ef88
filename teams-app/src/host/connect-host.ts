/**
 * Connects to the Teams host, or decides to run standalone.
 *
 * teams-js `app.initialize()` rejects at once outside any frame ("No Parent window found") and,
 * inside a frame, waits for the host's answer; it cannot be retried without a reload
 * (TOOLCHAIN.md). A real Teams client can take several seconds to answer (Microsoft Learn,
 * "Teams JavaScript client library": call `app.initialize()` and wait for the promise before any
 * other call; slow clients and first loads are slow), so inside a frame the tab waits up to
 * `HOST_TIMEOUT_MS` and, should Teams never answer, says so instead of pretending to run standalone
 * (the meeting would be lost silently). Only a page that is not framed at all is standalone.
 */
import { app } from '@microsoft/teams-js';
import { usableLocale } from '@gtm/shared';
import type { TabContext, TabHost, TabTheme } from './host-types';
import { asFrameContext, asTheme } from './host-types';

/** How long a framed tab waits for Teams to answer `initialize` and `getContext`. */
export const HOST_TIMEOUT_MS = 20_000;

/** A framed tab whose host never answered: the message says what to do. */
export class TeamsUnreachableError extends Error {
  constructor(detail: string) {
    super(`Teams did not answer (${detail}); reload the tab.`);
    this.name = 'TeamsUnreachableError';
  }
}

/** True when the page runs inside a frame (Teams, the fake host, or any other page framing it). */
export function isFramed(win: Window): boolean {
  return win.self !== win.top;
}

function standalone(theme: TabTheme, locale: string): TabHost {
  return {
    context: { mode: 'standalone', frameContext: 'standalone', theme, locale, user: null, meetingId: null, chatId: null, teamId: null, groupId: null, channelId: null, note: null, tenantId: null },
    onThemeChange: () => undefined,
  };
}

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

/** teams-js's `app.Context`, reduced to what the tab reads. */
export function tabContextOf(ctx: app.Context): TabContext {
  const email = ctx.user?.userPrincipalName ?? ctx.user?.loginHint;
  return {
    mode: 'teams',
    frameContext: asFrameContext(ctx.page.frameContext),
    theme: asTheme(ctx.app.theme),
    // "The current locale that the user has configured for the app formatted as languageId-countryId
    // (for example, en-us)": teams-js app.AppInfo.locale,
    // https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/app.appinfo
    locale: usableLocale([ctx.app.locale]),
    user: email ? { email, ...(ctx.user?.displayName ? { displayName: ctx.user.displayName } : {}) } : null,
    meetingId: ctx.meeting?.id ?? null,
    chatId: ctx.chat?.id ?? null,
    // Graph's /teams/{id} takes the Microsoft 365 group id. `team.internalId` is the team's thread
    // id (19:…@thread.tacv2), which Graph rejects: never fall back to it.
    teamId: ctx.team?.groupId ?? null,
    groupId: ctx.team?.groupId ?? null,
    channelId: ctx.channel?.id ?? null,
    note: null,
    tenantId: ctx.user?.tenant?.id ?? null,
  };
}

/**
 * The host the tab runs in. Outside a frame: standalone right away (theme from `?theme=`, locale
 * from `?locale=` or the browser's).
 * In a frame: Teams, waiting up to `timeoutMs` for it.
 * @throws {TeamsUnreachableError} in a frame when Teams does not answer or initialize fails
 */
export async function connectHost(win: Window = window, timeoutMs: number = HOST_TIMEOUT_MS): Promise<TabHost> {
  if (!isFramed(win)) {
    const params = new URL(win.location.href).searchParams;
    return standalone(asTheme(params.get('theme')), usableLocale([params.get('locale'), win.navigator.language]));
  }
  const seconds = `${Math.round(timeoutMs / 1000)} s`;
  let ctx: app.Context | 'timeout';
  try {
    const first = await Promise.race([app.initialize(), timeout(timeoutMs)]);
    if (first === 'timeout') throw new TeamsUnreachableError(`no answer to initialize within ${seconds}`);
    ctx = await Promise.race([app.getContext(), timeout(timeoutMs)]);
  } catch (error) {
    if (error instanceof TeamsUnreachableError) throw error;
    throw new TeamsUnreachableError(error instanceof Error ? error.message : String(error));
  }
  if (ctx === 'timeout') throw new TeamsUnreachableError(`no meeting or channel context within ${seconds}`);
  return {
    context: tabContextOf(ctx),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme))),
  };
}
