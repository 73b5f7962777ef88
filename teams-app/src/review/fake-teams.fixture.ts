/**
 * For tests: a channel and the organizer's calendar in memory. Like Graph, the calendar answers a
 * repeated transactionId with the event it already has; `failPosts` throttles the next posts.
 */
import { ThrottledError } from '@gtm/shared';
import type { MeetingInput, TeamsGraph } from '../data/teams-graph';

export type FakeTeams = TeamsGraph & { posts: string[]; created: MeetingInput[]; failPosts: number };

export function fakeTeams(): FakeTeams {
  const fake: FakeTeams = {
    posts: [], created: [], failPosts: 0,
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
