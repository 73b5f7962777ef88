/** Who attends a new session: everyone in the meeting (the user included), else the user alone. */
import { initialAttendees } from './ReviewMeeting';

const elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
const marco = { email: 'marco.bianchi@contoso.example', displayName: 'Marco Bianchi' };
const anna = { email: 'anna.kowalski@contoso.example' };

describe('initialAttendees', () => {
  it('in a meeting of 3 that lists the user (e-mail in other case): those 3, in the meeting order', () => {
    const me = { email: 'Marco.Bianchi@contoso.example' };
    expect(initialAttendees({ from: 'meeting', people: [elena, marco, anna], note: null }, me)).toEqual([elena, marco, anna]);
  });

  it('in a meeting of 2 that does not list the user: the user first, then the 2', () => {
    expect(initialAttendees({ from: 'meeting', people: [marco, anna], note: null }, elena)).toEqual([elena, marco, anna]);
  });

  it('from the circle of 2: the user alone (the others are ticked), nobody when the user is unknown', () => {
    expect(initialAttendees({ from: 'circle', people: [marco, anna], note: null }, elena)).toEqual([elena]);
    expect(initialAttendees({ from: 'circle', people: [marco, anna], note: null }, null)).toEqual([]);
  });
});
