/**
 * For tests: meeting chats, a channel and the organizer's calendar in memory. Like Graph, the calendar answers a
 * repeated transactionId with the event it already has; `failPosts` throttles the next posts.
 */
import { ListStoreError, ThrottledError } from '@gtm/shared';
import type { ChatMember, MeetingInput, TeamsGraph } from '../data/teams-graph';

/** `chats`: the members of each chat; reading an unknown chat's members fails like Graph's 404. */
export type FakeTeams = TeamsGraph & { posts: string[]; created: MeetingInput[]; failPosts: number; chats: Record<string, ChatMember[]> };

export function fakeTeams(): FakeTeams {
  const fake: FakeTeams = {
    posts: [], created: [], failPosts: 0, chats: {},
    chatMembers: async (chatId) => {
      const members = fake.chats[chatId];
      if (!members) throw new ListStoreError(`Reading the meeting's participants: chat ${chatId} not found`, 404);
      return members;
    },
    postMessage: async (_team, _channel, html) => {
      if (fake.failPosts > 0) {
        fake.failPosts -= 1;
        throw new ThrottledError('Posting the summary to the channel', 429, 5);
      }
      fake.posts.push(html);
      return String(fake.posts.length);
    },
    createMeeting: async (e) => {
      const index = fake.created.findIndex((c) => c.transactionId === e.transactionId);
      if (index >= 0) return `e${index + 1}`;
      fake.created.push(e);
      return `e${fake.created.length}`;
    },
  };
  return fake;
}
