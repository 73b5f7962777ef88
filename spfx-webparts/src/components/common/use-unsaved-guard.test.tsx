/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { differs, useUnsavedGuard } from './use-unsaved-guard';

setIconOptions({ disableWarnings: true });

function Guarded({ dirty, onClose }: { dirty: boolean; onClose: () => void }): React.ReactElement {
  const guard = useUnsavedGuard(dirty, onClose);
  return (
    <>
      <button onClick={guard.requestClose}>Cancel</button>
      {guard.dialog}
    </>
  );
}

describe('useUnsavedGuard', () => {
  it('closes at once when nothing changed', async () => {
    let closed = 0;
    render(<Guarded dirty={false} onClose={() => closed++} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(closed).toBe(1);
    expect(screen.queryByText('Discard your changes?')).not.toBeInTheDocument();
  });

  it('asks first when something changed: Keep editing closes nothing, Discard closes once', async () => {
    let closed = 0;
    render(<Guarded dirty onClose={() => closed++} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Discard your changes?')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(closed).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(closed).toBe(1);
  });
});

describe('differs', () => {
  it('ignores key order and absent optional keys', () => {
    expect(differs({ title: 'A', tags: ['x'] }, { tags: ['x'], title: 'A' })).toBe(false);
    expect(differs({ title: 'A', note: undefined }, { title: 'A' })).toBe(false);
  });
  it('sees one changed character, one more array item, and null against a value', () => {
    expect(differs({ title: 'A' }, { title: 'A ' })).toBe(true);
    expect(differs({ ids: ['1'] }, { ids: ['1', '2'] })).toBe(true);
    expect(differs({ at: null }, { at: '2026-12-07' })).toBe(true);
  });
});
