/**
 * What the tab knows about where it runs, free of teams-js types: the views and the data layer
 * read this, and only `src/host/` fills it (from Teams, the fake host page, or standalone).
 */

/** Where the tab is shown: a channel or meeting tab, the meeting side panel, the shared stage. */
export type FrameContext = 'content' | 'sidePanel' | 'meetingStage' | 'settings' | 'standalone';
export type TabTheme = 'default' | 'dark' | 'contrast';

export interface TabUser {
  email: string;
  displayName?: string;
}

export interface TabContext {
  /** `teams` inside a Teams (or fake Teams) frame, `standalone` otherwise. */
  mode: 'teams' | 'standalone';
  frameContext: FrameContext;
  theme: TabTheme;
  /**
   * The user's locale (BCP 47, canonical): Teams' `app.locale` from `app.getContext()`; standalone,
   * `?locale=` or the browser's language. How dates (and numbers) are typed and shown.
   */
  locale: string;
  user: TabUser | null;
  meetingId: string | null;
  /**
   * The chat the tab is in: in a meeting, the meeting's chat (teams-js `context.chat.id`), whose
   * members are the meeting's participants (`GET /chats/{id}/members`). Null in a channel tab.
   */
  chatId: string | null;
  teamId: string | null;
  /** The team's Microsoft 365 group id: the id Graph's `/teams/{id}` takes. */
  groupId: string | null;
  channelId: string | null;
  /** A line for the status bar about where the tab runs (null when there is nothing to say). */
  note: string | null;
  /** The signed-in user's Entra tenant (teams-js `context.user.tenant.id`): the sign-in authority's tenant. */
  tenantId?: string | null;
}

/** The host services the tab uses. */
export interface TabHost {
  context: TabContext;
  /** Calls back when Teams switches theme. */
  onThemeChange(handler: (theme: TabTheme) => void): void;
}

export function asTheme(value: string | null | undefined): TabTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

export function asFrameContext(value: string | null | undefined): FrameContext {
  return value === 'sidePanel' || value === 'meetingStage' || value === 'settings' || value === 'content' ? value : 'content';
}

/**
 * Share to stage from the meeting side panel (teams-js `meeting.getAppContentStageSharingCapabilities`
 * and `meeting.shareAppContentToStage`), free of teams-js types. Errors are `Error`s whose message
 * says what to do.
 */
export interface StageSharing {
  /** Whether this user, with this app version, may share to the meeting stage. */
  canShare(): Promise<boolean>;
  /** Opens `contentUrl` (an URL of the app's own domain) on the meeting stage for everyone. */
  share(contentUrl: string): Promise<void>;
}
