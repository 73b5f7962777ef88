/**
 * The Graph calls of the review that are not list items: the meeting chat's members, the channel
 * summary and the next review's meeting. An interface, so the review gateway runs on Graph in the tab and in memory in tests.
 * Least privilege: nothing here reads the channel or any calendar (README, "Graph permissions").
 */
export interface MeetingInput {
  subject: string;
  /** `YYYY-MM-DDTHH:mm:ss` in `timeZone`. */
  start: string;
  end: string;
  timeZone: string;
  /** The same id for the same review: Graph creates no second event when a POST repeats it. */
  transactionId: string;
  bodyHtml: string;
  attendees: { email: string; name?: string }[];
}

/** A chat member as Graph lists it (`aadUserConversationMember`); guests may lack an e-mail. */
export interface ChatMember {
  displayName: string | null;
  email: string | null;
  /** The member's Entra object id. */
  userId: string | null;
}

/**
 * A channel message: HTML whose `<at id="N">Name</at>` tags each have a mention of a directory
 * user (Graph `chatMessageMention`: id N, mentionText Name, mentioned.user).
 */
export interface ChannelMessage {
  html: string;
  mentions: { id: number; mentionText: string; user: { id: string; displayName: string } }[];
}

export interface TeamsGraph {
  /**
   * The members of a chat — in a meeting, its participants (`GET /chats/{id}/members`, delegated
   * `Chat.ReadBasic`, user-consentable), every page of them.
   */
  chatMembers(chatId: string): Promise<ChatMember[]>;
  /** Posts an HTML message with its @mentions to a channel (`ChannelMessage.Send`); the new message's id. */
  postMessage(teamId: string, channelId: string, message: ChannelMessage): Promise<string>;
  /** The channel's display name (`GET /teams/{team}/channels/{channel}`, `Channel.ReadBasic.All`). */
  channelName(teamId: string, channelId: string): Promise<string>;
  /** The signed-in user's mailbox time zone (`GET /me/mailboxSettings/timeZone`, `MailboxSettings.Read`). */
  mailboxTimeZone(): Promise<string>;
  /** A directory user by e-mail (`GET /users/{userPrincipalName}`, `User.ReadBasic.All`); null on 404. */
  user(email: string): Promise<{ id: string; displayName: string } | null>;
  /**
   * Creates a Teams meeting in the signed-in user's calendar, inviting the attendees
   * (`POST /me/events`, `Calendars.ReadWrite`); the event id — the existing one when the
   * transaction id was used before.
   */
  createMeeting(event: MeetingInput): Promise<string>;
}
