import type { MqaStageChange } from './account';
import { countMqas, mqaDate } from './count-mqas';
import type { MqaStage } from './stages';

const by = { email: 'gmd@contoso.com' };
const history = (...moves: [MqaStage, string][]): { stageHistory: MqaStageChange[] } => ({
  stageHistory: moves.map(([to, at]) => ({ from: null, to, at, by, evidence: 'x' })),
});

const sharedOn20Feb = history(['identified', '2025-02-01'], ['shared-with-sales', '2025-02-20']);
const identifiedOnly = history(['identified', '2025-02-01']);
const wonAfterSharing = history(['shared-with-sales', '2025-01-09'], ['stalled', '2025-02-01'], ['shared-with-sales', '2025-03-03'], ['won', '2025-04-01']);

describe('counting MQAs (accounts, never contacts)', () => {
  it('counts 2 of 3 accounts: the two that were shared with Sales', () => {
    expect(countMqas([sharedOn20Feb, identifiedOnly, wonAfterSharing])).toBe(2);
  });

  it('dates an MQA by its first share with Sales (9 Jan), not its re-entry (3 Mar)', () => {
    expect(mqaDate(wonAfterSharing)).toBe('2025-01-09');
    expect(mqaDate(identifiedOnly)).toBeNull();
  });

  it('counts 1 MQA in February and 1 in January (inclusive edges)', () => {
    expect(countMqas([sharedOn20Feb, identifiedOnly, wonAfterSharing], { from: '2025-02-01', to: '2025-02-20' })).toBe(1);
    expect(countMqas([sharedOn20Feb, identifiedOnly, wonAfterSharing], { from: '2025-01-09', to: '2025-01-31' })).toBe(1);
  });
});
