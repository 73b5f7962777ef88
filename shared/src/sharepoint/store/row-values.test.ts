import { GTM_ACTIONS_LIST } from '../lists/gtm-actions';
import { GTM_TOUCHPOINTS_LIST } from '../lists/gtm-touchpoints';
import { compileGraphQuery, compileSpQuery } from '../query/compile-query';
import type { ListSchema } from '../lists/list-schema';
import { fromGraphItem, fromSpItem, graphPersonIds, graphSelect, spExpand, spSelect, toGraphFields, toSpBody } from './row-values';

describe('date-only columns go out as the local midnight of the site and come back as the same date', () => {
  it('writes due date 2026-03-15 as 2026-03-14T11:00:00Z in Auckland and 2026-03-15T07:00:00Z in Los Angeles', () => {
    expect(toSpBody(GTM_ACTIONS_LIST, { GtmDueDate: '2026-03-15' }, 'Pacific/Auckland')).toEqual({ GtmDueDate: '2026-03-14T11:00:00Z' });
    expect(toGraphFields(GTM_ACTIONS_LIST, { GtmDueDate: '2026-03-15' }, 'America/Los_Angeles')).toEqual({
      GtmDueDate: '2026-03-15T07:00:00Z',
    });
    expect(toSpBody(GTM_ACTIONS_LIST, { GtmDueDate: '2026-03-15' })).toEqual({ GtmDueDate: '2026-03-15T00:00:00Z' }); // UTC
  });

  it('reads 2026-03-14T11:00:00Z back as 15 March in Auckland, over REST and Graph', () => {
    const rest = fromSpItem(GTM_ACTIONS_LIST, { Id: 1, Title: 'Send the deck', GtmDueDate: '2026-03-14T11:00:00Z' }, 'Pacific/Auckland');
    const graph = fromGraphItem(GTM_ACTIONS_LIST, { id: '1', fields: { Title: 'Send the deck', GtmDueDate: '2026-03-14T11:00:00Z' } }, 'Pacific/Auckland');
    expect(rest.values['GtmDueDate']).toBe('2026-03-15');
    expect(graph.values['GtmDueDate']).toBe('2026-03-15');
  });

  it('keeps nulls and leaves what is not a date for the row schema to report', () => {
    expect(toSpBody(GTM_ACTIONS_LIST, { GtmDueDate: null }, 'Pacific/Auckland')).toEqual({ GtmDueDate: null });
    expect(fromSpItem(GTM_ACTIONS_LIST, { Id: 1, GtmDueDate: 'soon' }, 'Pacific/Auckland').values['GtmDueDate']).toBe('soon');
  });

  it('leaves date-time columns as instants: a touchpoint at 2025-03-03T09:30:00Z stays that instant', () => {
    expect(toSpBody(GTM_TOUCHPOINTS_LIST, { GtmTouchedAt: '2025-03-03T09:30:00Z' }, 'Pacific/Auckland')).toEqual({
      GtmTouchedAt: '2025-03-03T09:30:00Z',
    });
    const row = fromSpItem(GTM_TOUCHPOINTS_LIST, { Id: 2, GtmTouchedAt: '2025-03-03T09:30:00Z' }, 'Pacific/Auckland');
    expect(row.values['GtmTouchedAt']).toBe('2025-03-03T09:30:00Z');
  });
});

describe('a calendar date in a query on a date-only column means its local midnight', () => {
  const dueBefore = { where: [{ field: 'GtmDueDate', op: 'lt' as const, value: '2026-06-15' }] };

  it('compares due dates before 15 June 2026 with 2026-06-14T12:00:00Z in Auckland (NZST, +12)', () => {
    expect(compileSpQuery(GTM_ACTIONS_LIST, dueBefore, { timeZone: 'Pacific/Auckland' }).filter).toBe(
      "GtmDueDate lt datetime'2026-06-14T12:00:00.000Z'",
    );
    expect(compileGraphQuery(GTM_ACTIONS_LIST, dueBefore, { timeZone: 'America/Los_Angeles' }).filter).toBe(
      'fields/GtmDueDate lt 2026-06-15T07:00:00.000Z',
    );
  });

  it('keeps an instant as given, and a date on a date-time column as midnight UTC', () => {
    const instant = { where: [{ field: 'GtmDueDate', op: 'lt' as const, value: '2026-06-15T00:00:00Z' }] };
    expect(compileSpQuery(GTM_ACTIONS_LIST, instant, { timeZone: 'Pacific/Auckland' }).filter).toBe(
      "GtmDueDate lt datetime'2026-06-15T00:00:00.000Z'",
    );
    const touched = { where: [{ field: 'GtmTouchedAt', op: 'ge' as const, value: '2025-03-03' }] };
    expect(compileSpQuery(GTM_TOUCHPOINTS_LIST, touched, { timeZone: 'Pacific/Auckland' }).filter).toBe(
      "GtmTouchedAt ge datetime'2025-03-03T00:00:00.000Z'",
    );
  });
});

describe('a person column is a PersonValue in the row and a site-user id on the wire', () => {
  const TEAM = {
    title: 'Team',
    description: '',
    urlName: 'Team',
    fields: [
      { name: 'GtmOwner', displayName: 'Owner', type: 'person' },
      { name: 'GtmAttendees', displayName: 'Attendees', type: 'person', multi: true },
    ],
    views: [],
  } as const satisfies ListSchema;

  it('selects Id, Title, Created and EMail of each person and expands them over REST; Graph selects the single LookupId', () => {
    expect(spSelect(TEAM)).toEqual(['Id', 'Title', 'Created', 'GtmOwner/Id', 'GtmOwner/Title', 'GtmOwner/EMail', 'GtmAttendees/Id', 'GtmAttendees/Title', 'GtmAttendees/EMail']);
    expect(spExpand(TEAM)).toEqual(['GtmOwner', 'GtmAttendees']);
    expect(graphSelect(TEAM)).toEqual(['Title', 'GtmOwnerLookupId', 'GtmAttendees']);
  });

  it('writes site user 7 as GtmOwnerId 7 (REST) and GtmOwnerLookupId "7" (Graph); attendees 7 and 9 as an Int32 collection', () => {
    const values = { GtmOwner: { email: 'ana@contoso.com', id: 7 }, GtmAttendees: [{ email: 'ana@contoso.com', id: 7 }, { email: 'bo@contoso.com', id: 9 }] };
    expect(toSpBody(TEAM, values)).toEqual({ GtmOwnerId: 7, GtmAttendeesId: [7, 9] });
    expect(toGraphFields(TEAM, values)).toEqual({
      GtmOwnerLookupId: '7',
      'GtmAttendeesLookupId@odata.type': 'Collection(Edm.Int32)',
      GtmAttendeesLookupId: [7, 9],
    });
    expect(toSpBody(TEAM, { GtmOwner: null, GtmAttendees: [] })).toEqual({ GtmOwnerId: null, GtmAttendeesId: [] });
  });

  it('refuses to write a person the store has not resolved to an id (a programming error, not a request)', () => {
    expect(() => toSpBody(TEAM, { GtmOwner: { email: 'ana@contoso.com' } })).toThrow('Team / GtmOwner: a person must be resolved to a site-user id before writing (withPersonIds)');
  });

  it('reads the expanded REST user and the Graph LookupId (through the site users) as { id, email, displayName }', () => {
    const rest = fromSpItem(TEAM, { Id: 1, GtmOwner: { Id: 7, Title: 'Ana Lima', EMail: 'ana@contoso.com' }, GtmAttendees: [{ Id: 9, Title: 'Bo Li', EMail: 'bo@contoso.com' }] });
    expect(rest.values['GtmOwner']).toEqual({ id: 7, email: 'ana@contoso.com', displayName: 'Ana Lima' });
    expect(rest.values['GtmAttendees']).toEqual([{ id: 9, email: 'bo@contoso.com', displayName: 'Bo Li' }]);
    const users = new Map([[7, { id: 7, email: 'ana@contoso.com', displayName: 'Ana Lima' }]]);
    const item = { id: '1', fields: { GtmOwnerLookupId: '7', GtmAttendees: [{ LookupId: 7, LookupValue: 'Ana Lima' }, { LookupId: 12, LookupValue: 'Gone' }] } };
    expect(graphPersonIds(TEAM, item)).toEqual([7, 7, 12]);
    const graph = fromGraphItem(TEAM, item, 'UTC', (id) => users.get(id));
    expect(graph.values['GtmOwner']).toEqual({ id: 7, email: 'ana@contoso.com', displayName: 'Ana Lima' });
    // Site user 12 is not known: its e-mail reads empty, for the row mappers to report.
    expect(graph.values['GtmAttendees']).toEqual([{ id: 7, email: 'ana@contoso.com', displayName: 'Ana Lima' }, { id: 12, email: '' }]);
  });

  it('reads an empty person column as null, an empty attendee list as []', () => {
    expect(fromSpItem(TEAM, { Id: 1, GtmOwner: null, GtmAttendees: [] }).values).toMatchObject({ GtmOwner: null, GtmAttendees: [] });
    expect(fromGraphItem(TEAM, { id: '1', fields: {} }).values).toMatchObject({ GtmOwner: null, GtmAttendees: [] });
  });
});

describe('the built-in Created reaches the row as the site’s calendar day', () => {
  const LIST = { title: 'X', urlName: 'X', description: '', fields: [], views: [] } as const satisfies ListSchema;

  it('reads SharePoint REST Created 2026-12-06T23:30:00Z as 7 Dec in Europe/Berlin (UTC+1)', () => {
    expect(fromSpItem(LIST, { Id: 1, Title: 'A', Created: '2026-12-06T23:30:00Z' }, 'Europe/Berlin').values['Created']).toBe('2026-12-07');
  });

  it('reads Graph createdDateTime 2026-12-06T23:30:00Z as 6 Dec in UTC', () => {
    expect(fromGraphItem(LIST, { id: '1', fields: { Title: 'A' }, createdDateTime: '2026-12-06T23:30:00Z' }).values['Created']).toBe('2026-12-06');
  });
});
