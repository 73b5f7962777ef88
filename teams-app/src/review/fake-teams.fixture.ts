/**
 * For tests: meeting chats, a channel and the organizer's calendar in memory. Like Graph, the calendar answers a
 * repeated transactionId with the event it already has; `failPosts` throttles the next posts.
 */
import { ListStoreError, ThrottledError } from '@gtm/shared';
import type { ChannelMessage, ChatMember, MeetingInput, TeamsGraph } from '../data/teams-graph';

/**
 * `chats`: the members of each chat; reading an unknown chat's members fails like Graph's 404.
 * `posts` the posted messages' HTML, `messages` them with their mentions; `directory` the users
 * an e-mail resolves to; `zone` the mailbox time zone (null: mailboxSettings answers 403).
 */
export type FakeTeams = TeamsGraph & {
  posts: string[];
  messages: ChannelMessage[];
  created: MeetingInput[];
  failPosts: number;
  chats: Record<string, ChatMember[]>;
  directory: Record<string, { id: string; displayName: string }>;
  zone: string | null;
};

export function fakeTeams(): FakeTeams {
  const fake: FakeTeams = {
    posts: [], messages: [], created: [], failPosts: 0, chats: {}, directory: {}, zone: 'W. Europe Standard Time',
    chatMembers: async (chatId) => {
      const members = fake.chats[chatId];
      if (!members) throw new ListStoreError(`Reading the meeting's participants: chat ${chatId} not found`, 404);
      return members;
    },
    postMessage: async (_team, _channel, message) => {
      if (fake.failPosts > 0) {
        fake.failPosts -= 1;
        throw new ThrottledError('Posting the summary to the channel', 429, 5);
      }
      fake.posts.push(message.html);
      fake.messages.push(message);
      return String(fake.posts.length);
    },
    channelName: async (_team, channel) => (channel === 'channel-1' ? 'GTM Review' : channel),
    mailboxTimeZone: async () => {
      if (fake.zone === null) throw new ListStoreError('Reading your mailbox time zone: Access is denied', 403);
      return fake.zone;
    },
    user: async (email) => fake.directory[email.toLowerCase()] ?? null,
    createMeeting: async (e) => {
      const index = fake.created.findIndex((c) => c.transactionId === e.transactionId);
      if (index >= 0) return `e${index + 1}`;
      fake.created.push(e);
      return `e${fake.created.length}`;
    },
  };
  return fake;
}
