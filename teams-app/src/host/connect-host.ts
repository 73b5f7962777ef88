/**
 * Connects to the Teams host, or decides to run standalone. teams-js `app.initialize()` rejects at
 * once outside any frame but hangs for 60 s inside a frame that is not Teams, and cannot be retried
 * without a reload (TOOLCHAIN.md): so framing is checked first and the call raced with a short
 * timeout.
 */
import { app } from '@microsoft/teams-js';
import type { TabContext, TabHost, TabTheme } from './host-types';
import { asFrameContext, asTheme } from './host-types';

/** How long to wait for a Teams host to answer before running standalone. */
export const HOST_TIMEOUT_MS = 3000;

function standalone(note: string | null, theme: TabTheme): TabHost {
  return {
    context: { mode: 'standalone', frameContext: 'standalone', theme, user: null, meetingId: null, chatId: null, teamId: null, groupId: null, channelId: null, note },
    onThemeChange: () => undefined,
  };
}

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

/**
 * The host the tab runs in. Outside a frame: standalone right away (theme from `?theme=`).
 * In a frame: Teams if it answers within `timeoutMs`, else standalone with a note saying why.
 */
export async function connectHost(win: Window = window, timeoutMs: number = HOST_TIMEOUT_MS): Promise<TabHost> {
  const urlTheme = asTheme(new URL(win.location.href).searchParams.get('theme'));
  if (win.self === win.top) return standalone(null, urlTheme);
  try {
    const first = await Promise.race([app.initialize(), timeout(timeoutMs)]);
    if (first === 'timeout') return standalone(`The host did not answer within ${timeoutMs / 1000} s: running outside Teams.`, urlTheme);
    const ctx = await Promise.race([app.getContext(), timeout(timeoutMs)]);
    if (ctx === 'timeout') return standalone('Teams did not send the meeting context: running outside Teams.', urlTheme);
    const email = ctx.user?.userPrincipalName ?? ctx.user?.loginHint;
    const context: TabContext = {
      mode: 'teams',
      frameContext: asFrameContext(ctx.page.frameContext),
      theme: asTheme(ctx.app.theme),
      user: email ? { email, ...(ctx.user?.displayName ? { displayName: ctx.user.displayName } : {}) } : null,
      meetingId: ctx.meeting?.id ?? null,
      chatId: ctx.chat?.id ?? null,
      teamId: ctx.team?.groupId ?? ctx.team?.internalId ?? null,
      groupId: ctx.team?.groupId ?? null,
      channelId: ctx.channel?.id ?? null,
      note: null,
    };
    return {
      context,
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme))),
    };
  } catch (error) {
    return standalone(`Teams could not be reached (${error instanceof Error ? error.message : String(error)}): running outside Teams.`, urlTheme);
  }
}
