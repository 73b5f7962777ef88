import { filterFields, parseFilter } from './filter';

describe('parseFilter', () => {
  it('reads doubled single quotes as one quote, so a hostile value stays one literal', () => {
    expect(parseFilter("Title eq 'O''Brien'') or (1 eq 1'")).toEqual({
      kind: 'compare',
      op: 'eq',
      left: { kind: 'field', path: 'Title' },
      right: { kind: 'literal', value: { kind: 'string', value: "O'Brien') or (1 eq 1" } },
    });
  });

  it('binds and tighter than or, and honours parentheses', () => {
    const node = parseFilter("A eq 1 or B eq 2 and (C eq 3 or not D eq 4)");
    expect(node.kind).toBe('or');
    expect(filterFields(node)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('reads datetime, null, booleans, startswith and substringof', () => {
    expect(filterFields(parseFilter("GtmDue ge datetime'2025-01-01T00:00:00Z' and GtmNote eq null and GtmOn eq true"))).toEqual(['GtmDue', 'GtmNote', 'GtmOn']);
    expect(parseFilter("startswith(Title,'Al')")).toEqual({ kind: 'startswith', field: 'Title', value: { kind: 'string', value: 'Al' } });
    expect(parseFilter("substringof('amm', Title) eq false").kind).toBe('not');
  });

  it('rejects unterminated literals and missing operators', () => {
    expect(() => parseFilter("Title eq 'x")).toThrow(/Unterminated/);
    expect(() => parseFilter('Title')).toThrow(/comparison operator/);
  });
});

describe('DateTimeOffset literals', () => {
  it('reads Graph’s unquoted 2026-03-14T11:00:00.000Z as a date (OData 4), and refuses it over SharePoint REST (OData 3)', () => {
    expect(parseFilter('fields/GtmDueDate lt 2026-03-14T11:00:00.000Z', { odataVersion: 4 })).toMatchObject({
      right: { value: { kind: 'datetime', value: '2026-03-14T11:00:00.000Z' } },
    });
    expect(() => parseFilter('GtmDueDate lt 2026-03-14T11:00:00.000Z')).toThrow(/Unexpected/);
  });
});

describe('datetime literals without an offset', () => {
  it('are site time: datetime\'2026-03-15T00:00:00\' in Auckland is 2026-03-14T11:00:00Z; with Z it stays UTC', () => {
    expect(parseFilter("GtmDueDate lt datetime'2026-03-15T00:00:00'", { timeZone: 'Pacific/Auckland' })).toMatchObject({
      right: { value: { kind: 'datetime', value: '2026-03-14T11:00:00Z' } },
    });
    expect(parseFilter("GtmDueDate lt datetime'2026-03-15T00:00:00Z'", { timeZone: 'Pacific/Auckland' })).toMatchObject({
      right: { value: { kind: 'datetime', value: '2026-03-15T00:00:00Z' } },
    });
  });

  it('takes 100 levels of parentheses and refuses 101, before the stack can overflow', () => {
    const nested = (n: number): string => `${'('.repeat(n)}ID eq 1${')'.repeat(n)}`;
    expect(parseFilter(nested(100)).kind).toBe('compare');
    expect(() => parseFilter(nested(101))).toThrow(/nests more than 100 levels/);
    expect(() => parseFilter(`${'not '.repeat(101)}ID eq 1`)).toThrow(/nests more than 100 levels/);
  });

  it('refuses a $filter over 2,048 characters, saying how to split an id set', () => {
    const chain = (n: number): string => Array.from({ length: n }, (_, i) => `ID eq ${i + 1}`).join(' or ');
    expect(chain(140).length).toBeLessThanOrEqual(2048);
    expect(parseFilter(chain(140)).kind).toBe('or');
    expect(() => parseFilter(chain(20_000))).toThrow(/is 288,890 characters long; the limit is 2,048 .* about 140 'ID eq n' terms/);
  });
});
