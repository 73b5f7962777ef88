import type { Person } from '@gtm/shared';
import { CAST } from './cast';

/** A Teams chat of the demo tenant as the Graph stand-in serves it (`GET /chats/{id}/members`). */
export interface DemoChat {
  id: string;
  topic: string;
  /** In the order Graph lists them; each member's Entra object id is `userIdOf(index)`. */
  members: readonly Person[];
}

/** The chat of the GTM Review meeting that the workbench's fake Teams host is in. */
export const DEMO_MEETING_CHAT_ID = '19:meeting_gtm-review@thread.v2';

/** The Entra object id of the n-th member (0-based): the fake host's user, Elena Ricci, is …0001. */
export function userIdOf(index: number): string {
  return `00000000-0000-0000-0000-${String(index + 1).padStart(12, '0')}`;
}

/**
 * The review's invitees: the core four who come to every review (GMD, Head of Sales, PM, CS lead)
 * and the owners of this cycle's topics. Eight of the twelve in the circle, so a tab that lists the
 * circle instead of the meeting's participants shows in the tests.
 */
export const DEMO_MEETING_CHAT: DemoChat = {
  id: DEMO_MEETING_CHAT_ID,
  topic: 'GTM Review',
  members: [CAST.gmd, CAST.salesLead, CAST.pm, CAST.csLead, CAST.demandGen, CAST.pmm, CAST.aeNorth, CAST.enablement],
};

/** Every chat the stand-in knows (the demo tenant has the one meeting chat). */
export const DEMO_CHATS: readonly DemoChat[] = [DEMO_MEETING_CHAT];
