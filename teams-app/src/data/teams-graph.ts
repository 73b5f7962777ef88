/**
 * The two Graph calls of the review that are not list items: the channel summary and the next
 * review's event. An interface, so the review gateway runs on Graph in the tab and in memory in tests.
 */
export interface ChannelPost {
  id: string;
  html: string;
}

export interface GroupEventInput {
  subject: string;
  /** `YYYY-MM-DDTHH:mm:ss` in `timeZone`. */
  start: string;
  end: string;
  timeZone: string;
  transactionId: string;
  bodyHtml: string;
  attendees: { email: string; name?: string }[];
}

export interface TeamsGraph {
  /** The channel's latest messages (newest first). */
  recentMessages(teamId: string, channelId: string): Promise<ChannelPost[]>;
  postMessage(teamId: string, channelId: string, html: string): Promise<string>;
  /** The group calendar's events, with their transaction ids. */
  events(groupId: string): Promise<{ id: string; transactionId: string | null }[]>;
  createEvent(groupId: string, event: GroupEventInput): Promise<string>;
}
