import { mitigationOverdueSince } from './mitigation';

describe('an overdue mitigation', () => {
  it('is overdue since its due date once that day has passed (due 30 Nov, today 7 Dec)', () => {
    expect(mitigationOverdueSince({ status: 'open', dueDate: '2026-11-30' }, '2026-12-07')).toBe('2026-11-30');
  });

  it('is not overdue on the day it is due', () => {
    expect(mitigationOverdueSince({ status: 'open', dueDate: '2026-12-07' }, '2026-12-07')).toBeNull();
  });

  it('is never overdue once done or dropped', () => {
    expect(mitigationOverdueSince({ status: 'done', dueDate: '2026-11-30' }, '2026-12-07')).toBeNull();
    expect(mitigationOverdueSince({ status: 'dropped', dueDate: '2026-11-30' }, '2026-12-07')).toBeNull();
  });
});
