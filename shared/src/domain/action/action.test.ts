import { ActionSchema } from './action';

const valid = {
  id: 'a1',
  title: 'Send the Q2 battlecard to Sales',
  owner: { email: 'pmm@contoso.com' },
  dueDate: '2025-03-14',
  status: 'open',
  reviewId: 'rev-2025-02-21',
};

describe('ActionSchema: "someone should…" is not an action', () => {
  it('accepts an action with an owner and a due date', () => {
    expect(ActionSchema.safeParse(valid).success).toBe(true);
  });

  it('rejects an action without an owner', () => {
    const { owner: _owner, ...withoutOwner } = valid;
    expect(ActionSchema.safeParse(withoutOwner).success).toBe(false);
  });

  it('rejects an action without a due date', () => {
    const { dueDate: _due, ...withoutDue } = valid;
    expect(ActionSchema.safeParse(withoutDue).success).toBe(false);
  });

  it('rejects a status other than open, done or dropped', () => {
    expect(ActionSchema.safeParse({ ...valid, status: 'in-progress' }).success).toBe(false);
  });

  it('accepts an optional link to a risk', () => {
    expect(ActionSchema.parse({ ...valid, link: { kind: 'risk', id: 'r1' } }).link).toEqual({ kind: 'risk', id: 'r1' });
  });
});
