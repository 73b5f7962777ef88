import type { ListSchema } from '../lists/list-schema';
import { computeDrift, typeAsStringOf } from './drift';
import { fieldSchemaXml } from './field-xml';
import type { SiteField, SiteList } from './site-state';

const RISKS: ListSchema = {
  title: 'Risk Register',
  description: 'Risks',
  urlName: 'GtmRisks',
  fields: [
    { name: 'GtmStatus', displayName: 'Status', type: 'choice', choices: ['Open', 'Closed'], indexed: true },
    { name: 'GtmDueDate', displayName: 'Due date', type: 'date' },
    { name: 'GtmRaisedAt', displayName: 'Raised at', type: 'date', includesTime: true },
    { name: 'GtmScore', displayName: 'Score', type: 'number' },
  ],
  views: [{ name: 'Open risks', fields: ['Title', 'GtmStatus'] }],
};

const TITLE: SiteField = { internalName: 'Title', title: 'Title', typeAsString: 'Text', indexed: false };

function site(list: Partial<SiteList> & { fields: SiteField[] }): Map<string, SiteList | null> {
  return new Map([['GtmRisks', { id: 'a1', title: 'Risk Register', views: ['All Items', 'Open risks'], ...list }]]);
}

const IN_SYNC: SiteField[] = [
  TITLE,
  { internalName: 'GtmStatus', title: 'Status', typeAsString: 'Choice', indexed: true },
  { internalName: 'GtmDueDate', title: 'Due date', typeAsString: 'DateTime', displayFormat: 0, indexed: false },
  { internalName: 'GtmRaisedAt', title: 'Raised at', typeAsString: 'DateTime', displayFormat: 1, indexed: false },
  { internalName: 'GtmScore', title: 'Score', typeAsString: 'Number', indexed: false },
];

describe('computeDrift', () => {
  it('finds nothing when every field, index and view is there — even when a site owner renamed the list', () => {
    expect(computeDrift([RISKS], site({ fields: IN_SYNC, title: 'Risks (renamed)' }), '/sites/gtm')).toEqual([]);
  });

  it('reports a field that is required on the site but optional in the schema (a review lookup made optional for mitigations)', () => {
    const fields = IN_SYNC.map((f) => (f.internalName === 'GtmScore' ? { ...f, required: true } : f));
    expect(computeDrift([RISKS], site({ fields }), '/sites/gtm')).toEqual([
      { kind: 'wrong-required', list: 'Risk Register', name: 'GtmScore', line: 'field Risk Register / GtmScore is required on the site, the schema says optional' },
    ]);
  });

  it('reports a missing list once, with its url and what provision would create (4 fields, 1 view)', () => {
    expect(computeDrift([RISKS], new Map([['GtmRisks', null]]), '/sites/gtm')).toEqual([
      { kind: 'missing-list', list: 'Risk Register', line: 'missing list Risk Register at /sites/gtm/Lists/GtmRisks (4 fields, 1 view)' },
    ]);
  });

  it('reports missing fields, indexes and views, one line each naming the list and the field', () => {
    const fields = IN_SYNC.filter((f) => f.internalName !== 'GtmScore').map((f) => (f.internalName === 'GtmStatus' ? { ...f, indexed: false } : f));
    expect(computeDrift([RISKS], site({ fields, views: ['All Items'] }), '/sites/gtm').map((d) => d.line)).toEqual([
      'missing index Risk Register / GtmStatus',
      'missing field Risk Register / GtmScore (Number)',
      'missing view Risk Register / Open risks',
    ]);
  });

  it('names a field SharePoint created from its display name (Due_x0020_date instead of GtmDueDate)', () => {
    const fields = IN_SYNC.map((f) => (f.internalName === 'GtmDueDate' ? { ...f, internalName: 'Due_x0020_date' } : f));
    const drift = computeDrift([RISKS], site({ fields }), '/sites/gtm');
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ kind: 'wrong-name', list: 'Risk Register', name: 'GtmDueDate' });
    expect(drift[0]?.line).toMatch(/^field Risk Register \/ GtmDueDate \("Due date"\) is named Due_x0020_date on the site/);
  });

  it('reports a type that differs (Text for Number) and a date that shows the time when the schema says date only', () => {
    const fields = IN_SYNC.map((f) => {
      if (f.internalName === 'GtmScore') return { ...f, typeAsString: 'Text' };
      if (f.internalName === 'GtmDueDate') return { ...f, displayFormat: 1 };
      return f;
    });
    expect(computeDrift([RISKS], site({ fields }), '/sites/gtm').map((d) => [d.kind, d.line])).toEqual([
      ['wrong-format', 'field Risk Register / GtmDueDate shows date and time (DisplayFormat 1) on the site, the schema says date only (DisplayFormat 0)'],
      ['wrong-type', 'field Risk Register / GtmScore is Text on the site, the schema says Number (provision cannot change a type: fix it in the list settings)'],
    ]);
  });

  it('compares internal names and view titles case-insensitively, as SharePoint does', () => {
    const fields = IN_SYNC.map((f) => ({ ...f, internalName: f.internalName.toLowerCase() }));
    expect(computeDrift([RISKS], site({ fields, views: ['open RISKS'] }), '/sites/gtm')).toEqual([]);
  });
});

describe('a person field that keeps several people', () => {
  it('is a UserMulti on the site, created with Mult="TRUE"', () => {
    expect(typeAsStringOf({ type: 'person', multi: true })).toBe('UserMulti');
    expect(typeAsStringOf({ type: 'person' })).toBe('User');
    expect(fieldSchemaXml({ name: 'GtmAttendees', displayName: 'Attendees', type: 'person', multi: true })).toBe(
      '<Field Type="UserMulti" Name="GtmAttendees" StaticName="GtmAttendees" DisplayName="Attendees" Required="FALSE" Indexed="FALSE" UserSelectionMode="PeopleOnly" List="UserInfo" ShowField="ImnName" Mult="TRUE"></Field>',
    );
  });
});
