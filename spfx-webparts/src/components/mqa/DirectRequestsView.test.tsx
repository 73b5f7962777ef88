/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';
import { DIRECT_REQUESTS_LIST, MQA_FILE_LIST } from '@gtm/shared';
import { directorySearch } from '../common/directory.fixture';
import { MqaFile } from './MqaFile';
import type { Seeded } from './mqa.fixture';
import { accountAt, directRequest, seedMqa } from './mqa.fixture';

setIconOptions({ disableWarnings: true });

async function openRequests(seeded: Seeded): Promise<void> {
  render(<MqaFile env={seeded.env} repositories={seeded.repositories} peopleSearch={directorySearch} />);
  await userEvent.click(screen.getByRole('tab', { name: 'Direct requests' }));
  await screen.findByTestId('direct-requests-view');
}

async function openRequest(name: string): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name }));
  return screen.findByTestId('direct-request-panel');
}

function storedRequest(seeded: Seeded, index = 0): Record<string, unknown> {
  const row = seeded.store.rows(DIRECT_REQUESTS_LIST).find((r) => String(r.id) === seeded.requestIds[index]);
  if (!row) throw new Error('no stored request');
  return row.values;
}

describe('MqaFile — Direct requests', () => {
  it('lists open requests first, oldest first, then the closed ones', async () => {
    const seeded = await seedMqa({
      requests: [
        directRequest('contacted', { contact: { email: 'closed@initech.example', name: 'Closed Person' }, outcome: { kind: 'nurture' }, closedAt: '2026-11-21' }),
        directRequest('new', { receivedAt: '2026-11-21', contact: { email: 'new@globex.example', name: 'Newest Person' } }),
        directRequest('rated', { receivedAt: '2026-11-10', contact: { email: 'old@hooli.example', name: 'Oldest Person' } }),
      ],
    });
    await openRequests(seeded);
    expect(screen.getAllByTestId('request-link').map((l) => l.textContent)).toEqual(['Oldest Person', 'Newest Person', 'Closed Person']);
    expect(screen.getByTestId('requests-open-count')).toHaveTextContent('2 open of 3 requests');
  });

  it('triages a new request end to end: rate 5/4/3, record the outreach, close as MQA creating the account "Umbrella" at Identified', async () => {
    const seeded = await seedMqa({ requests: [directRequest('new')] });
    await openRequests(seeded);
    const panel = await openRequest('Ana Silva');
    expect(within(panel).getByRole('button', { name: 'Close request' })).toBeDisabled();

    await userEvent.click(within(within(panel).getByRole('radiogroup', { name: 'ICP alignment (1 = poor, 5 = excellent)' })).getByRole('radio', { name: '5' }));
    await userEvent.click(within(within(panel).getByRole('radiogroup', { name: 'Relevance (1 = poor, 5 = excellent)' })).getByRole('radio', { name: '4' }));
    await userEvent.click(within(within(panel).getByRole('radiogroup', { name: 'Strategic fit (1 = poor, 5 = excellent)' })).getByRole('radio', { name: '3' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Save ratings' }));
    await within(panel).findByRole('button', { name: 'Update ratings' });
    expect(storedRequest(seeded)).toEqual(expect.objectContaining({ GtmIcpAlignment: 5, GtmRelevance: 4, GtmStrategicFit: 3, GtmStatus: 'Triaged' }));

    await userEvent.click(within(panel).getByRole('button', { name: 'Record outreach' }));
    await within(panel).findByText(/Recorded on 22 Nov 2026 by Elena Ricci: Demo follow-up: discovery questions/);

    await userEvent.click(within(panel).getByRole('radio', { name: /^MQA/ }));
    expect(within(panel).getByRole('textbox', { name: 'Account name' })).toHaveValue('Umbrella');
    expect(within(panel).getByRole('textbox', { name: 'Web domain' })).toHaveValue('umbrella.example');
    await userEvent.click(within(panel).getByRole('button', { name: 'Close request' }));
    expect(await within(panel).findByTestId('request-outcome')).toHaveTextContent('Closed as MQA on 22 Nov 2026 — account Umbrella.');

    const accounts = seeded.store.rows(MQA_FILE_LIST);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.values).toEqual(
      expect.objectContaining({ Title: 'Umbrella', GtmDomain: 'umbrella.example', GtmStage: 'Identified', GtmIcpFit: 5, GtmMarketingOwner: { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' } }),
    );
    expect(storedRequest(seeded)).toEqual(expect.objectContaining({ GtmOutcome: 'MQA', GtmOutcomeRef: String(accounts[0]?.id), GtmStatus: 'Closed' }));
  });

  it('closing as MQA suggests the account with the e-mail’s domain and links it without creating another', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Umbrella Corp', domain: 'umbrella.example' })], requests: [directRequest('contacted')] });
    await openRequests(seeded);
    const panel = await openRequest('Ana Silva');
    await userEvent.click(within(panel).getByRole('radio', { name: /^MQA/ }));
    expect(within(panel).getByRole('radio', { name: 'Link an account already in the MQA file' })).toBeChecked();
    await userEvent.click(within(panel).getByRole('button', { name: 'Close request' }));
    await within(panel).findByTestId('request-outcome');
    expect(seeded.store.rows(MQA_FILE_LIST)).toHaveLength(1);
    expect(storedRequest(seeded)).toEqual(expect.objectContaining({ GtmOutcome: 'MQA', GtmOutcomeRef: seeded.accountIds.get('Umbrella Corp') }));
  });

  it('a missing rating is flagged on the field and nothing is saved', async () => {
    const seeded = await seedMqa({ requests: [directRequest('new')] });
    await openRequests(seeded);
    const panel = await openRequest('Ana Silva');
    await userEvent.click(within(within(panel).getByRole('radiogroup', { name: 'ICP alignment (1 = poor, 5 = excellent)' })).getByRole('radio', { name: '4' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Save ratings' }));
    expect(within(panel).getByText('Rate the relevance from 1 to 5.')).toBeInTheDocument();
    expect(within(panel).getByText('Rate the strategic fit from 1 to 5.')).toBeInTheDocument();
    expect(storedRequest(seeded).GtmIcpAlignment).toBeNull();
  });

  it('a stale close opens the conflict dialog instead of overwriting the colleague’s nurture decision', async () => {
    const seeded = await seedMqa({ requests: [directRequest('contacted')] });
    await openRequests(seeded);
    const panel = await openRequest('Ana Silva');
    seeded.store.touch(DIRECT_REQUESTS_LIST, Number(seeded.requestIds[0]), { GtmOutcome: 'Nurture', GtmClosedOn: '2026-11-21T00:00:00Z', GtmStatus: 'Closed' });
    await userEvent.click(within(panel).getByRole('radio', { name: /^MQL/ }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Close request' }));
    const dialog = await screen.findByTestId('conflict-dialog');
    expect(within(dialog).getByRole('rowheader', { name: 'Outcome' }).parentElement).toHaveTextContent('OutcomeMQL on 22 Nov 2026Nurture on 21 Nov 2026');
    // Re-applying runs the rule on theirs: a closed request cannot be closed again.
    await userEvent.click(screen.getByRole('button', { name: 'Apply mine again' }));
    expect(await within(panel).findByTestId('request-error')).toHaveTextContent('it is closed as nurture');
    expect(storedRequest(seeded).GtmOutcome).toBe('Nurture');
  });

  it('renders the message as text: <script>alert(1)</script> shows as characters', async () => {
    const seeded = await seedMqa({ requests: [directRequest('new', { message: '<script>alert(1)</script><img src=x onerror=alert(2)>' })] });
    await openRequests(seeded);
    const panel = await openRequest('Ana Silva');
    expect(within(panel).getByTestId('request-message')).toHaveTextContent('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
