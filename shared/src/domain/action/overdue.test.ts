import { daysOverdue, isOverdue } from './overdue';

describe('overdue = open and past due', () => {
  it('is overdue the day after its due date (due 3 Mar, now 4 Mar)', () => {
    expect(isOverdue({ status: 'open', dueDate: '2025-03-03' }, '2025-03-04')).toBe(true);
  });

  it('is not overdue on its due date', () => {
    expect(isOverdue({ status: 'open', dueDate: '2025-03-03' }, '2025-03-03')).toBe(false);
  });

  it('is never overdue once done or dropped', () => {
    expect(isOverdue({ status: 'done', dueDate: '2025-01-01' }, '2025-03-04')).toBe(false);
    expect(isOverdue({ status: 'dropped', dueDate: '2025-01-01' }, '2025-03-04')).toBe(false);
  });

  it('counts 7 days overdue from 3 Mar to 10 Mar, and 0 when not overdue', () => {
    expect(daysOverdue({ status: 'open', dueDate: '2025-03-03' }, '2025-03-10')).toBe(7);
    expect(daysOverdue({ status: 'open', dueDate: '2025-03-10' }, '2025-03-03')).toBe(0);
  });
});
