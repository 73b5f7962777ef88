import { GTM_ACTIONS_LIST } from '../lists/gtm-actions';
import { GTM_TOUCHPOINTS_LIST } from '../lists/gtm-touchpoints';
import { compileGraphQuery, compileSpQuery } from '../query/compile-query';
import { fromGraphItem, fromSpItem, toGraphFields, toSpBody } from './row-values';

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
