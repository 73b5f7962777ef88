import { RISK_REGISTER_LIST } from '../lists/risk-register';
import { GTM_KPI_MEASUREMENTS_LIST } from '../lists/gtm-kpi-measurements';
import { compileGraphQuery, compileSpQuery, odataString } from './compile-query';
import { QueryError } from './list-query';

const INJECTION = "O'Brien') or (1 eq 1";

describe('compiling typed queries to OData', () => {
  it("doubles single quotes, so O'Brien') or (1 eq 1 stays one string literal", () => {
    const query = { where: [{ field: 'Title', op: 'eq' as const, value: INJECTION }] };
    expect(compileSpQuery(RISK_REGISTER_LIST, query).filter).toBe("Title eq 'O''Brien'') or (1 eq 1'");
    expect(compileGraphQuery(RISK_REGISTER_LIST, query).filter).toBe("fields/Title eq 'O''Brien'') or (1 eq 1'");
    expect(odataString("''")).toBe("''''''");
  });

  it('escapes startswith and substringof values the same way', () => {
    const sp = compileSpQuery(RISK_REGISTER_LIST, {
      where: [
        { field: 'Title', op: 'startswith', value: "it's" },
        { field: 'GtmDescription', op: 'substringof', value: INJECTION },
      ],
    });
    expect(sp.filter).toBe("startswith(Title,'it''s') and substringof('O''Brien'') or (1 eq 1',GtmDescription)");
    const graph = compileGraphQuery(RISK_REGISTER_LIST, { where: [{ field: 'Title', op: 'startswith', value: "it's" }] });
    expect(graph.filter).toBe("startswith(fields/Title,'it''s')");
  });

  it("writes dates as datetime'…' for SharePoint and bare ISO for Graph", () => {
    const query = { where: [{ field: 'GtmLastReviewed', op: 'lt' as const, value: '2025-03-03' }] };
    expect(compileSpQuery(RISK_REGISTER_LIST, query).filter).toBe("GtmLastReviewed lt datetime'2025-03-03T00:00:00.000Z'");
    expect(compileGraphQuery(RISK_REGISTER_LIST, query).filter).toBe('fields/GtmLastReviewed lt 2025-03-03T00:00:00.000Z');
    const asDate = compileSpQuery(RISK_REGISTER_LIST, {
      where: [{ field: 'GtmLastReviewed', op: 'ge', value: new Date(Date.UTC(2025, 0, 31, 9, 30)) }],
    });
    expect(asDate.filter).toBe("GtmLastReviewed ge datetime'2025-01-31T09:30:00.000Z'");
  });

  it('groups and/or with parentheses and orders by several columns', () => {
    const compiled = compileSpQuery(RISK_REGISTER_LIST, {
      where: [
        { or: [{ field: 'GtmStatus', op: 'eq', value: 'Open' }, { field: 'GtmStatus', op: 'eq', value: 'Mitigating' }] },
        { field: 'GtmResidualImpact', op: 'ge', value: 4 },
      ],
      orderBy: [{ field: 'GtmLastReviewed' }, { field: 'Id', descending: true }],
      top: 100,
    });
    expect(compiled).toEqual({
      filter: "(GtmStatus eq 'Open' or GtmStatus eq 'Mitigating') and GtmResidualImpact ge 4",
      orderBy: 'GtmLastReviewed asc,Id desc',
      top: 100,
      nonIndexed: ['GtmResidualImpact'],
    });
  });

  it('compares lookups by item id: GtmKpiId for SharePoint, fields/GtmKpiLookupId for Graph', () => {
    const query = { where: [{ field: 'GtmKpi', op: 'eq' as const, value: 3 }], orderBy: [{ field: 'GtmCycle' }] };
    expect(compileSpQuery(GTM_KPI_MEASUREMENTS_LIST, query)).toEqual({
      filter: 'GtmKpiId eq 3',
      orderBy: 'GtmCycle asc',
      top: 5000,
      nonIndexed: [],
    });
    expect(compileGraphQuery(GTM_KPI_MEASUREMENTS_LIST, query).filter).toBe('fields/GtmKpiLookupId eq 3');
  });

  it('writes null checks as eq null / ne null', () => {
    const compiled = compileSpQuery(RISK_REGISTER_LIST, {
      where: [{ field: 'GtmLastReviewed', op: 'null' }, { field: 'GtmCategory', op: 'notnull' }],
    });
    expect(compiled.filter).toBe('GtmLastReviewed eq null and GtmCategory ne null');
  });

  it('refuses an unknown field, a value of the wrong type, a non-finite number and an impossible day', () => {
    const bad = (where: Parameters<typeof compileSpQuery>[1]) => () => compileSpQuery(RISK_REGISTER_LIST, where);
    expect(bad({ where: [{ field: 'GtmNope', op: 'eq', value: 'x' }] })).toThrow(new QueryError('Risk Register has no field "GtmNope"'));
    expect(bad({ where: [{ field: 'GtmResidualImpact', op: 'eq', value: '4' }] })).toThrow('compares with a finite number, not "4"');
    expect(bad({ where: [{ field: 'GtmResidualImpact', op: 'gt', value: Number.NaN }] })).toThrow('not NaN');
    expect(bad({ where: [{ field: 'GtmResidualImpact', op: 'lt', value: Infinity }] })).toThrow('not Infinity');
    expect(bad({ where: [{ field: 'GtmLastReviewed', op: 'lt', value: '2025-02-30' }] })).toThrow('compares with a date');
    expect(bad({ where: [{ field: 'GtmLastReviewed', op: 'lt', value: "2025-01-01') or (1 eq 1" }] })).toThrow(QueryError);
    expect(bad({ orderBy: [{ field: 'Gtm; drop' }] })).toThrow('has no field');
    expect(bad({ top: 5001 })).toThrow('top must be a whole number from 1 to 5000, not 5001');
  });
});
