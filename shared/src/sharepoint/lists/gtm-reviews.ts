import type { ListSchema } from './list-schema';

/**
 * GTM Reviews: one record per GTM Review (DOMAIN.md §2), planned, in progress or held. Attendees
 * (also a multi-person column), decisions, the meeting record, the ids of the actions created and
 * the KPI snapshot are JSON in note fields: read whole and never filtered on. The decisions and
 * the meeting record are written as they are captured (with the item's ETag), the snapshot when
 * the review is held.
 */
export const GTM_REVIEWS_LIST: ListSchema = {
  title: 'GTM Reviews',
  description: 'One record per GTM Review: date, attendees, decisions, actions created and KPI snapshot.',
  urlName: 'GtmReviews',
  titleDisplayName: 'Review',
  fields: [
    { name: 'GtmReviewDate', displayName: 'Review date', type: 'date', required: true, indexed: true },
    // Planned (the next cycle), In progress (the meeting is on: captures are stored as they
    // happen), Held. Empty on items written before the column: those are held reviews.
    { name: 'GtmReviewStatus', displayName: 'Status', type: 'choice', choices: ['Planned', 'In progress', 'Held'], indexed: true },
    {
      name: 'GtmAttendees',
      displayName: 'Attendees',
      type: 'note',
      json: true,
      description: 'JSON: every attendee, guests included: [{ "email": "ana@contoso.com", "displayName": "Ana" }]',
    },
    // The attendees who are users of the site, as people (people cards, [Me] views, flows). A new
    // column, as SharePoint cannot turn a Note into a Person column. The JSON note above stays the
    // full record: a guest added by e-mail, or a directory user who never opened the site, cannot
    // be written over Graph (no ensureuser), and must neither fail "End review" nor be lost — so
    // such people are left out of this column only (`skipUnknownPeople`) and never dropped with
    // `--drop-legacy`.
    {
      name: 'GtmAttendeePeople',
      displayName: 'Attendees (site users)',
      type: 'person',
      multi: true,
      skipUnknownPeople: true,
      description: 'The attendees who are users of this site; all attendees, guests included, are in Attendees.',
    },
    { name: 'GtmDecisions', displayName: 'Decisions', type: 'note', json: true, description: 'JSON: the decisions, as text, e.g. ["Move budget to events"].' },
    // Written by the Teams tab each time something is captured (with the item's ETag), so the
    // meeting lives in SharePoint, not in one browser: each decision with what it was about, what
    // each action created was about, the actions marked done in the meeting, the deep dives.
    {
      name: 'GtmMeetingRecord',
      displayName: 'Meeting record',
      type: 'note',
      json: true,
      description: 'JSON: { "decisions": [{ "id", "text", "about" }], "actionsAbout": { "<action id>": about }, "closedActionIds": [], "deepDives": [{ "title", "proposedBy" }] }',
    },
    {
      name: 'GtmActionIds',
      displayName: 'Actions created',
      type: 'note',
      json: true,
      description: 'JSON: ids of the GTM Actions items created in the review, e.g. ["12","13"].',
    },
    {
      name: 'GtmKpiSnapshot',
      displayName: 'KPI snapshot',
      type: 'note',
      json: true,
      description: 'JSON: [{ "kpiId", "title", "value", "target", "status" }] as shown in the review.',
    },
    // Set by the Teams tab after posting / scheduling, so a second "End review" (another device or
    // attendee) does not post or schedule again without reading the channel or calendars.
    { name: 'GtmSummaryMessageId', displayName: 'Summary message id', type: 'text', description: 'The Teams channel message the summary was posted as.' },
    { name: 'GtmNextEventId', displayName: 'Next review event id', type: 'text', description: 'The calendar event created for the next review.' },
  ],
  views: [
    {
      name: 'Latest first',
      isDefault: true,
      fields: ['Title', 'GtmReviewDate'],
      query: '<OrderBy><FieldRef Name="GtmReviewDate" Ascending="FALSE" /></OrderBy>',
    },
  ],
};
