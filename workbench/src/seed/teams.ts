/**
 * The demo tenant's teams and their channels, as Graph lists them (`/me/joinedTeams`,
 * `/teams/{id}/channels`). The GTM team's id is the group id the fake Teams host's context carries
 * (`groupId: 'gtm-team'`), and its GTM Review channel the host's `channelId`; the stand-in stores
 * channel messages under any ids, so these are the ones the configuration page offers.
 */
export interface DemoChannel {
  id: string;
  displayName: string;
  description: string | null;
}

export interface DemoTeam {
  /** The Microsoft 365 group id (what Graph's `/teams/{id}` takes). */
  id: string;
  displayName: string;
  description: string | null;
  channels: readonly DemoChannel[];
}

export const DEMO_TEAMS: readonly DemoTeam[] = [
  {
    id: 'gtm-team',
    displayName: 'GTM',
    description: 'The Product circle: Product Marketing, Sales, Product Management, Customer Success.',
    channels: [
      { id: '19:general-gtm@thread.tacv2', displayName: 'General', description: 'The GTM team.' },
      { id: 'gtm-review', displayName: 'GTM Review', description: 'The three-weekly GTM Review: summaries and decisions.' },
    ],
  },
  {
    id: '5d0f2c8e-7b1a-4c39-9e64-3f2a8b7c1d05',
    displayName: 'Product Marketing',
    description: null,
    channels: [
      { id: '19:general-pmm@thread.tacv2', displayName: 'General', description: null },
      { id: '19:launches@thread.tacv2', displayName: 'Launches', description: 'Launch plans and campaign calendar.' },
    ],
  },
];
