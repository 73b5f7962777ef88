/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { ConflictDialog } from './ConflictDialog';

setIconOptions({ disableWarnings: true });

const labels = { title: 'Title', likelihood: 'Likelihood', impact: 'Impact' };

function renderDialog(theirs: Record<string, string> | null) {
  const calls = { reload: 0, reapply: 0, dismiss: 0 };
  render(
    <ConflictDialog
      conflict={{ mine: { title: 'Partner churn', likelihood: '4', impact: '3' }, theirs, fieldLabels: labels }}
      onReload={() => calls.reload++}
      onReapply={() => calls.reapply++}
      onDismiss={() => calls.dismiss++}
    />,
  );
  return calls;
}

describe('ConflictDialog', () => {
  it('shows my version and theirs side by side, marking the 1 field that differs (likelihood 4 vs 2)', () => {
    renderDialog({ title: 'Partner churn', likelihood: '2', impact: '3' });
    expect(screen.getByText('Someone else changed this item')).toBeInTheDocument();
    const likelihood = screen.getByRole('row', { name: /Likelihood/ });
    expect(within(likelihood).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4', '2']);
    expect(likelihood).toHaveAttribute('data-changed', 'true');
    expect(screen.getByRole('row', { name: /Impact/ })).not.toHaveAttribute('data-changed');
    expect(document.querySelectorAll('[data-changed="true"]')).toHaveLength(1);
  });

  it('"Reload theirs" calls onReload only, "Apply mine again" calls onReapply only', async () => {
    const calls = renderDialog({ title: 'Partner churn', likelihood: '2', impact: '3' });
    await userEvent.click(screen.getByRole('button', { name: 'Reload theirs' }));
    expect(calls).toEqual({ reload: 1, reapply: 0, dismiss: 0 });
    await userEvent.click(screen.getByRole('button', { name: 'Apply mine again' }));
    expect(calls).toEqual({ reload: 1, reapply: 1, dismiss: 0 });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls).toEqual({ reload: 1, reapply: 1, dismiss: 1 });
  });

  it('when the item was deleted, says so and offers only reload (re-applying would have nothing to update)', () => {
    renderDialog(null);
    expect(screen.getByText('Someone else deleted this item')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload theirs' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply mine again' })).not.toBeInTheDocument();
  });

  it('renders a title like <img onerror> as those characters, creating no element', () => {
    const xss = '<img src=x onerror=alert(1)>';
    render(
      <ConflictDialog conflict={{ mine: { title: xss }, theirs: { title: 'Safe' } }} onReload={() => {}} onReapply={() => {}} onDismiss={() => {}} />,
    );
    expect(screen.getByText(xss)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
