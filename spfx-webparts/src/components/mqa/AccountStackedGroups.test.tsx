/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';
import { AccountStackedGroups } from './AccountStackedGroups';
import { accountAt } from './mqa.fixture';
import { groupByStage } from './stage-groups';

setIconOptions({ disableWarnings: true });

describe('AccountStackedGroups: the MQA list on a narrow screen', () => {
  const accounts = [
    { ...accountAt({ name: 'Initech', stage: 'identified' }), id: '1' },
    { ...accountAt({ name: 'Globex', stage: 'opportunity' }), id: '2' },
    { ...accountAt({ name: 'Acme', stage: 'identified' }), id: '3' },
  ];

  it('stacks each account: its name as the link, then Domain, ICP fit, Engagement, Marketing owner and In stage since as labelled fields', async () => {
    const opened: string[] = [];
    render(<AccountStackedGroups groups={groupByStage(accounts)} onOpen={(id) => opened.push(id)} />);
    const rows = screen.getAllByTestId('account-row');
    expect(rows.map((r) => within(r).getByTestId('account-link').textContent)).toEqual(['Acme', 'Initech', 'Globex']);
    const acme = rows[0] as HTMLElement;
    expect(within(acme).getAllByRole('term').map((t) => t.textContent)).toEqual(['Domain', 'ICP fit', 'Engagement', 'Marketing owner', 'In stage since']);
    expect(within(acme).getAllByRole('definition').map((d) => d.textContent)).toEqual(['acme.example', '4 / 5', '62', 'Elena Ricci', '1 Nov 2026']);
    await userEvent.click(within(acme).getByRole('button', { name: 'Acme' }));
    expect(opened).toEqual(['3']);
  });

  it('each stage heading is a button that hides and shows its accounts (aria-expanded): Identified (2) collapsed leaves Globex', async () => {
    render(<AccountStackedGroups groups={groupByStage(accounts)} onOpen={() => undefined} />);
    const identified = screen.getByRole('button', { name: 'Identified (2)' });
    expect(identified).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(identified);
    expect(identified).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByTestId('account-link').map((a) => a.textContent)).toEqual(['Globex']);
    await userEvent.click(identified);
    expect(screen.getAllByTestId('account-link')).toHaveLength(3);
  });
});
