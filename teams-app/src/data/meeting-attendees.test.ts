/**
 * The attendees to choose from: the meeting chat's members (as Graph lists them) in a meeting, the
 * review circle outside one, and the circle with a one-line reason when the members call fails.
 */
import { createMemoryListStore, ListStoreError } from '@gtm/shared';
import { fakeTeams } from '../review/fake-teams.fixture';
import { chooseAttendeeOptions, membersAsPeople } from './meeting-attendees';
import { createReviewGateway } from './review-gateway';
import type { ChatMember } from './teams-graph';

const member = (displayName: string | null, email: string | null, userId: string): ChatMember => ({ displayName, email, userId });
const elena = member('Elena Ricci', 'elena.ricci@contoso.example', 'u1');
const marco = member('Marco Bianchi', 'marco.bianchi@contoso.example', 'u2');
const anna = member('Anna Kowalski', 'anna.kowalski@contoso.example', 'u3');
const circle = [{ email: 'tom.becker@contoso.example', displayName: 'Tom Becker' }, { email: 'julia.novak@contoso.example' }];
const MEETING_CHAT = '19:meeting_gtm-review@thread.v2';

describe('membersAsPeople', () => {
  it('keeps 3 of 5 members: Graph order, names trimmed; no e-mail and a repeated e-mail (other case) are left out', () => {
    const people = membersAsPeople([
      elena,
      member('Dial-in guest', null, 'u9'),
      member('  Marco Bianchi ', 'marco.bianchi@contoso.example', 'u2'),
      member('Elena (second device)', 'ELENA.RICCI@contoso.example', 'u1'),
      member(null, 'anna.kowalski@contoso.example', 'u3'),
    ]);
    expect(people).toEqual([
      { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' },
      { email: 'marco.bianchi@contoso.example', displayName: 'Marco Bianchi' },
      { email: 'anna.kowalski@contoso.example' },
    ]);
  });
});

describe('chooseAttendeeOptions', () => {
  it('in a meeting: the 3 chat members, not the 2 people of the circle', async () => {
    const options = await chooseAttendeeOptions({ chatId: MEETING_CHAT, readMembers: async () => [elena, marco, anna], circle: () => circle });
    expect(options.from).toBe('meeting');
    expect(options.people.map((p) => p.displayName)).toEqual(['Elena Ricci', 'Marco Bianchi', 'Anna Kowalski']);
    expect(options.note).toBeNull();
  });

  it('outside a meeting (no chat id): the circle, and the members are not asked for', async () => {
    const readMembers = jest.fn(async () => [elena]);
    const options = await chooseAttendeeOptions({ chatId: null, readMembers, circle: () => circle });
    expect(options).toEqual({ from: 'circle', people: circle, note: null });
    expect(readMembers).not.toHaveBeenCalled();
  });

  it('403 on the members call (no consent): the circle, and a note naming Chat.ReadBasic', async () => {
    const denied = new ListStoreError("Reading the meeting's participants: Forbidden", 403);
    const options = await chooseAttendeeOptions({ chatId: MEETING_CHAT, readMembers: () => Promise.reject(denied), circle: () => circle });
    expect(options.from).toBe('circle');
    expect(options.people).toEqual(circle);
    expect(options.note).toBe("Could not read the meeting's participants (no consent for Chat.ReadBasic): attendees come from the review circle.");
  });

  it('offline (fetch fails): the circle, and a note saying Graph cannot be reached', async () => {
    const options = await chooseAttendeeOptions({ chatId: MEETING_CHAT, readMembers: () => Promise.reject(new TypeError('Failed to fetch')), circle: () => circle });
    expect(options.from).toBe('circle');
    expect(options.note).toBe("Could not read the meeting's participants (Microsoft Graph cannot be reached; offline?): attendees come from the review circle.");
  });
});

describe('the review gateway loads the attendee options with the agenda data', () => {
  const place = { teamId: 'team-1', channelId: 'channel-1' };

  it('in the meeting chat the fake Teams holds: its 3 members', async () => {
    const teams = fakeTeams();
    teams.chats[MEETING_CHAT] = [elena, marco, anna];
    const data = await createReviewGateway({ store: createMemoryListStore(), graph: teams, place, chatId: MEETING_CHAT }).loadAgendaData('2026-12-07');
    expect(data.attendeeOptions.from).toBe('meeting');
    expect(data.attendeeOptions.people.map((p) => p.email)).toEqual(['elena.ricci@contoso.example', 'marco.bianchi@contoso.example', 'anna.kowalski@contoso.example']);
  });

  it('in a chat the fake Teams does not know (404): the agenda still loads, from the (empty) circle, with the reason', async () => {
    const data = await createReviewGateway({ store: createMemoryListStore(), graph: fakeTeams(), place, chatId: '19:gone@thread.v2' }).loadAgendaData('2026-12-07');
    expect(data.attendeeOptions).toEqual({
      from: 'circle',
      people: [],
      note: "Could not read the meeting's participants (Teams does not know this meeting chat): attendees come from the review circle.",
    });
    expect(data.kpis).toEqual([]);
  });
});
