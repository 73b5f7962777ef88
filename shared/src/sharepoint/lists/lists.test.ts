import { GTM_LISTS } from './all-lists';
import { checkListSchema, fieldOf } from './list-schema';
import { GTM_ACTIONS_LIST } from './gtm-actions';

describe('the GTM list declarations', () => {
  it('declare the eleven lists: Control Plane, Risk Register, MQA model, and the CRM deals and touchpoints', () => {
    expect(GTM_LISTS.map((l) => l.title)).toEqual([
      'GTM KPIs',
      'GTM KPI Measurements',
      'GTM Priorities',
      'GTM Reviews',
      'GTM Actions',
      'Risk Register',
      'MQA File',
      'MQA Sales Working List',
      'Direct Requests',
      'GTM Deals',
      'GTM Touchpoints',
    ]);
  });

  it.each(GTM_LISTS.map((l) => [l.title, l] as const))('%s is well formed (Gtm prefixes, choices, lookups, views)', (_t, list) => {
    expect(checkListSchema(list)).toEqual([]);
  });

  it('point every lookup at a list declared before it, so provisioning can resolve it', () => {
    GTM_LISTS.forEach((list, index) => {
      for (const field of list.fields.filter((f) => f.type === 'lookup')) {
        const target = GTM_LISTS.findIndex((l) => l.title === field.lookupList);
        expect({ field: field.name, before: target >= 0 && target < index }).toEqual({ field: field.name, before: true });
      }
    });
  });

  it('index what the actions are filtered and sorted on: owner, due date, status, review, and the link kind the mitigations are read by', () => {
    const indexed = GTM_ACTIONS_LIST.fields.filter((f) => f.indexed).map((f) => f.name);
    expect(indexed).toEqual(['GtmOwner', 'GtmDueDate', 'GtmStatus', 'GtmReview', 'GtmLinkKind']);
  });

  it('do not require an action’s review: a risk’s mitigation is created in the Risk Register', () => {
    expect(GTM_ACTIONS_LIST.fields.find((f) => f.name === 'GtmReview')?.required).not.toBe(true);
  });

  it('know the built-in columns too: Id is an indexed number, Title a non-indexed text', () => {
    expect(fieldOf(GTM_ACTIONS_LIST, 'Id')).toEqual({ name: 'Id', type: 'number', indexed: true });
    expect(fieldOf(GTM_ACTIONS_LIST, 'Title')).toEqual({ name: 'Title', type: 'text', indexed: false });
    expect(fieldOf(GTM_ACTIONS_LIST, 'GtmNope')).toBeUndefined();
  });

  it('report a malformed declaration rather than provision it', () => {
    const problems = checkListSchema({
      title: 'Bad',
      description: '',
      urlName: 'Bad',
      fields: [
        { name: 'GtmStatus', displayName: 'Status', type: 'choice' },
        { name: 'Gtmlower', displayName: 'x', type: 'text', json: true },
      ],
      views: [{ name: 'All', fields: ['GtmMissing'] }],
    });
    expect(problems).toEqual([
      'GtmStatus: a choice field needs choices',
      'Gtmlower: internal names are Gtm + PascalCase',
      'Gtmlower: JSON lives in note fields',
      'view All: unknown field GtmMissing',
    ]);
  });
});
