import type { Action } from './action';
import { closeAction } from './close-action';

const action: Action = {
  id: 'a1', title: 'Refresh battlecard', owner: { email: 'pmm@contoso.com' },
  dueDate: '2025-03-14', status: 'open', reviewId: 'rev-1',
};

describe('closing an action', () => {
  it('marks an open action done', () => {
    const result = closeAction(action, 'done');
    expect(result.ok && result.action.status).toBe('done');
  });

  it('marks an open action dropped without changing its owner or due date', () => {
    const result = closeAction(action, 'dropped');
    expect(result.ok && result.action).toEqual({ ...action, status: 'dropped' });
  });

  it('refuses to close an action that is already done, naming both states', () => {
    const result = closeAction({ ...action, status: 'done' }, 'dropped');
    expect(result).toEqual({ ok: false, reason: 'Action "Refresh battlecard" is already done; only an open action can be marked dropped' });
  });
});
