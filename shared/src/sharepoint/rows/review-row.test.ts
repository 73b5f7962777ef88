import { GTM_REVIEWS_LIST } from '../lists/gtm-reviews';
import { attendeesOf, toReview, toReviewRow } from './review-row';

const ANA = { email: 'ana@contoso.com', displayName: 'Ana Lima' };
const GUEST = { email: 'guest@partner.example', displayName: 'Pat (Partner)' };
const row = (values: Record<string, unknown>) => ({ id: 4, etag: '"4,1"', values: { Title: 'GTM Review 2026-12-07', GtmReviewDate: '2026-12-07', GtmDecisions: '[]', GtmActionIds: '[]', GtmKpiSnapshot: '[]', ...values } });

describe('a review’s attendees: a multi-person column and the JSON note', () => {
  it('declares the attendees who are site users as a multi-person column that skips unknown people', () => {
    expect(GTM_REVIEWS_LIST.fields.find((f) => f.name === 'GtmAttendeePeople')).toMatchObject({ type: 'person', multi: true, skipUnknownPeople: true });
    expect(GTM_REVIEWS_LIST.fields.find((f) => f.name === 'GtmAttendees')).toMatchObject({ type: 'note', json: true });
  });

  it('writes all 2 attendees to both: the JSON note keeps the guest if the site cannot take them', () => {
    const values = toReviewRow({ id: '', date: '2026-12-07', attendees: [ANA, GUEST], decisions: [], actionIds: [], kpiSnapshot: [] });
    expect(JSON.parse(String(values['GtmAttendees']))).toEqual([ANA, GUEST]);
    expect(values['GtmAttendeePeople']).toEqual([ANA, GUEST]);
  });

  it('reads the site users from the column (with the site’s names), then the 1 guest only in the note', () => {
    const read = toReview(row({ GtmAttendeePeople: [{ email: 'ana@contoso.com', displayName: 'Ana Lima', id: 7 }], GtmAttendees: JSON.stringify([{ email: 'ANA@contoso.com', displayName: 'ana' }, GUEST]) }));
    expect(read.ok && read.value.attendees).toEqual([ANA, GUEST]);
  });

  it('reads an item written before the column (no GtmAttendeePeople) from the note alone', () => {
    const read = toReview(row({ GtmAttendees: JSON.stringify([ANA]) }));
    expect(read.ok && read.value.attendees).toEqual([ANA]);
  });

  it('leaves out a site user the site no longer knows (Graph answers an id with no e-mail)', () => {
    expect(attendeesOf([{ email: '', id: 12 }, { ...ANA, id: 7 }], null)).toEqual([ANA]);
  });
});

describe('a review in progress: its status and its meeting record, written as captured', () => {
  const meeting = {
    decisions: [{ id: 'd-1', text: 'Shift budget to events', about: { key: 'kpi:12', title: 'Pipeline', section: { key: 'kpi-review', title: 'KPI review' } } }],
    actionsAbout: { '41': { key: 'section:risks', title: 'Risks', section: { key: 'risks', title: 'Risks' } } },
    closedActionIds: ['7'],
    deepDives: [{ title: 'Partner pricing', proposedBy: ANA }],
  };

  it('declares the status as an indexed choice Planned / In progress / Held and the record as a JSON note', () => {
    expect(GTM_REVIEWS_LIST.fields.find((f) => f.name === 'GtmReviewStatus')).toMatchObject({ type: 'choice', choices: ['Planned', 'In progress', 'Held'], indexed: true });
    expect(GTM_REVIEWS_LIST.fields.find((f) => f.name === 'GtmMeetingRecord')).toMatchObject({ type: 'note', json: true });
  });

  it('writes "In progress" and the record, and reads both back', () => {
    const values = toReviewRow({ id: '', date: '2026-12-07', status: 'in-progress', attendees: [], decisions: ['Shift budget to events'], actionIds: ['41'], kpiSnapshot: [], meeting });
    expect(values['GtmReviewStatus']).toBe('In progress');
    const read = toReview(row({ GtmReviewStatus: values['GtmReviewStatus'], GtmMeetingRecord: values['GtmMeetingRecord'], GtmAttendees: '[]' }));
    expect(read.ok && read.value).toMatchObject({ status: 'in-progress', attendees: [], meeting });
  });

  it('reads an item from before the status column as a held review (no status), which must name its attendees', () => {
    const read = toReview(row({ GtmAttendees: JSON.stringify([ANA]) }));
    expect(read.ok && read.value.status).toBeUndefined();
    expect(toReview(row({ GtmAttendees: '[]' })).ok).toBe(false);
    expect(toReview(row({ GtmAttendees: '[]', GtmReviewStatus: 'Held' })).ok).toBe(false);
  });
});
