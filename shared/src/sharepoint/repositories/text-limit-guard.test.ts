import type { Review } from '../../domain/review/review';
import type { Risk } from '../../domain/risk/risk';
import { RISK_REGISTER_LIST } from '../lists/risk-register';
import { createMemoryListStore } from '../store/memory-list-store';
import { createReviewRepository, createRiskRepository } from './entity-repositories';
import { TextTooLongError } from './text-limit-guard';

const RISK: Risk = {
  id: '1',
  title: 'Channel partner leaves',
  category: 'channel-or-partner-dependency',
  owner: { email: 'ana@contoso.com', displayName: 'Ana' },
  inherent: { likelihood: 4, impact: 5 },
  residual: { likelihood: 2, impact: 4 },
  mitigationActions: [],
  monitoringKpiIds: [],
  status: 'open',
  lastReviewedAt: null,
};
const LONG_TITLE = 'x'.repeat(312);

describe('a repository write with a text longer than its column (SharePoint answers 400 for a single line over 255)', () => {
  it('sends the 2 rows that fit in one request and answers the 312-character title as failed, in order, naming row and field', async () => {
    const store = createMemoryListStore();
    const results = await createRiskRepository(store).add([RISK, { ...RISK, title: LONG_TITLE }, { ...RISK, title: 'Pricing pressure' }]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const refused = results[1];
    expect(refused?.ok === false && refused.error).toBeInstanceOf(TextTooLongError);
    expect(refused?.ok === false && refused.error.message).toBe(
      'Risk Register new item 2 of 3: Risk (Title) is 312 characters; SharePoint holds at most 255 — shorten it by 57',
    );
    expect(store.calls.add).toBe(1);
    expect(store.rows(RISK_REGISTER_LIST).map((r) => r.values.Title)).toEqual(['Channel partner leaves', 'Pricing pressure']);
  });

  it('sends nothing when no row fits, and never cuts the text to 255', async () => {
    const store = createMemoryListStore();
    const [result] = await createRiskRepository(store).add([{ ...RISK, title: LONG_TITLE }]);
    expect(result).toMatchObject({ ok: false, id: null, error: { status: 400 } });
    expect(store.calls.add).toBe(0);
    expect(store.rows(RISK_REGISTER_LIST)).toEqual([]);
  });

  it('refuses an update whose description is 4,001 characters (the Risk Register declares 4,000), naming the item id', async () => {
    const store = createMemoryListStore();
    const [id] = store.seed(RISK_REGISTER_LIST, [{ Title: 'Old' }]);
    const [result] = await createRiskRepository(store).update([{ id: String(id), etag: '"1"', entity: { ...RISK, description: 'd'.repeat(4001) } }]);
    expect(result?.ok === false && result.error.message).toBe(
      `Risk Register item ${id}: Description (GtmDescription) is 4,001 characters; SharePoint holds at most 4,000 — shorten it by 1`,
    );
    expect(store.calls.update).toBe(0);
  });

  it('fails JSON kept in a note before it reaches SharePoint, naming the note: 70 decisions of 1,000 characters', async () => {
    const store = createMemoryListStore();
    const review: Review = {
      id: '1',
      date: '2026-03-02',
      attendees: [{ email: 'ana@contoso.com' }],
      decisions: Array.from({ length: 70 }, () => 'd'.repeat(1000)),
      actionIds: [],
      kpiSnapshot: [],
    };
    const [result] = await createReviewRepository(store).add([review]);
    // 70 × (1,000 + 2 quotes) + 69 commas + 2 brackets = 70,211
    expect(result?.ok === false && result.error.message).toBe(
      'GTM Reviews new item 1 of 1: Decisions (GtmDecisions, as JSON) is 70,211 characters; SharePoint holds at most 63,999 — shorten it by 6,212',
    );
    expect(store.calls.add).toBe(0);
  });

  it('answers saveNew with a failed result that says which field to shorten and by how much', async () => {
    const store = createMemoryListStore();
    const result = await createRiskRepository(store).saveNew({ ...RISK, title: LONG_TITLE });
    expect(result).toMatchObject({
      kind: 'failed',
      message: 'Not saved to the Risk Register: Risk (Title) is 312 characters; SharePoint holds at most 255 — shorten it by 57.',
    });
    expect(store.calls.add).toBe(0);
  });
});
