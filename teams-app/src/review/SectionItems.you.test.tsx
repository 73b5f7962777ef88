/** @jest-environment jsdom */
/**
 * The agenda's open/overdue actions mark the signed-in user's own with a "You" in words (not only
 * a colour): Elena, signed in, sees it beside her 2 of the 3 actions, whatever the e-mail's case.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import type { ActionSection, Person } from '@gtm/shared';
import { SectionItems } from './SectionItems';

setIconOptions({ disableWarnings: true });

const elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
const marco = { email: 'marco.rossi@contoso.example', displayName: 'Marco Rossi' };
const action = (actionId: string, title: string, owner: Person, daysOverdue: number) => ({
  kind: 'action' as const, actionId, title, owner, dueDate: '2026-12-01', overdue: daysOverdue > 0, daysOverdue, minutes: 1,
});
const section: ActionSection = {
  key: 'actions', title: 'Open and overdue actions', minutes: 3,
  items: [
    action('1', 'Send the pricing deck', elena, 6),
    action('2', 'Book the partner webinar', marco, 0),
    action('3', 'Draft the Q1 plan', { email: 'Elena.Ricci@Contoso.Example', displayName: 'Elena Ricci' }, 0),
  ],
};

function renderActions(me: Person | null): HTMLElement[] {
  render(
    <SectionItems
      section={section} measurements={[]} today="2026-12-07" large={false} selectedKey={null} onSelect={() => undefined}
      doneActionIds={[]} onToggleDone={() => undefined} me={me}
    />,
  );
  return within(screen.getByTestId('action-list')).getAllByRole('listitem');
}

test('Elena sees "You" on her 2 actions and not on Marco’s', () => {
  const rows = renderActions(elena);
  expect(rows.map((row) => within(row).queryByText('You') !== null)).toEqual([true, false, true]);
  expect(screen.getAllByTestId('you-marker')[0]).toHaveAttribute('title', 'Your action');
});

test('with no signed-in user known, no action is marked', () => {
  renderActions(null);
  expect(screen.queryByTestId('you-marker')).not.toBeInTheDocument();
});
