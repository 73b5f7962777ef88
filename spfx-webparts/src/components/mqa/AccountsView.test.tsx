/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';
import { ListStoreError, MQA_FILE_LIST, MQA_SALES_WORKING_LIST } from '@gtm/shared';
import { directorySearch } from '../common/directory.fixture';
import { MqaFile } from './MqaFile';
import type { Seeded } from './mqa.fixture';
import { accountAt, dealOf, putOnWorkingList, seedMqa } from './mqa.fixture';

setIconOptions({ disableWarnings: true });
// A hand-over drives a radio, the people picker (250 ms debounce), a dropdown and a note: about 3 s
// alone, more on a busy machine, so 5 s was too tight.
jest.setTimeout(20_000);

async function renderMqa(seeded: Seeded): Promise<void> {
  render(<MqaFile env={seeded.env} repositories={seeded.repositories} peopleSearch={directorySearch} />);
  await screen.findByTestId('accounts-view');
}

async function openAccount(name: string): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name }));
  return screen.findByTestId('account-panel');
}

function storedAccount(seeded: Seeded, name: string): Record<string, unknown> {
  const id = Number(seeded.accountIds.get(name));
  const row = seeded.store.rows(MQA_FILE_LIST).find((r) => r.id === id);
  if (!row) throw new Error(`no stored account ${name}`);
  return row.values;
}

describe('MqaFile — Accounts', () => {
  it('shows a loading state, then groups the accounts by stage in the file’s order: Identified (2), then Opportunity (1)', async () => {
    const seeded = await seedMqa({
      accounts: [accountAt({ name: 'Initech', stage: 'identified' }), accountAt({ name: 'Globex', stage: 'opportunity' }), accountAt({ name: 'Acme', stage: 'identified' })],
    });
    render(<MqaFile env={seeded.env} repositories={seeded.repositories} peopleSearch={directorySearch} />);
    expect(screen.getByText('Loading the MQA file…')).toBeInTheDocument();
    const list = await screen.findByTestId('account-stage-list');
    const headers = within(list).getAllByTestId('stage-group');
    expect(headers.map((h) => [h.getAttribute('data-stage'), h.textContent])).toEqual([
      ['identified', 'Identified(2)'],
      ['opportunity', 'Opportunity(1)'],
    ]);
    expect(within(list).getAllByTestId('account-link').map((a) => a.textContent)).toEqual(['Acme', 'Initech', 'Globex']);
    expect(screen.getByTestId('accounts-in-view')).toHaveTextContent('3 of 3 accounts');
  });

  it('offers only the legal next stages (Identified → Internal review or Disqualified) and refuses a move without evidence', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Acme', stage: 'identified' })] });
    await renderMqa(seeded);
    const panel = await openAccount('Acme');
    const moveTo = within(panel).getByRole('radiogroup', { name: 'Move to' });
    expect(within(moveTo).getAllByRole('radio').map((r) => r.closest('label, div')?.textContent ?? (r as HTMLInputElement).value)).toEqual([
      'Internal review',
      'Disqualified',
    ]);

    await userEvent.click(within(moveTo).getByRole('radio', { name: 'Internal review' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Move account' }));
    expect(within(panel).getByText(/Evidence is required/)).toBeInTheDocument();
    expect(storedAccount(seeded, 'Acme').GtmStage).toBe('Identified');

    await userEvent.type(within(panel).getByRole('textbox', { name: 'Evidence' }), 'Discovery call with the CISO');
    await userEvent.click(within(panel).getByRole('button', { name: 'Move account' }));
    expect(await within(panel).findByText('acme.example · Internal review')).toBeInTheDocument();
    expect(storedAccount(seeded, 'Acme').GtmStage).toBe('Internal review');
    const history = JSON.parse(String(storedAccount(seeded, 'Acme').GtmStageHistory)) as { to: string; at: string; evidence: string; by: { email: string } }[];
    expect(history[history.length - 1]).toEqual(
      expect.objectContaining({ to: 'internal-review', at: '2026-11-22', evidence: 'Discovery call with the CISO', by: expect.objectContaining({ email: 'elena.ricci@contoso.example' }) }),
    );
  });

  it('a stalled account offers going back to where it stalled or to Shared with Sales; coming back is a re-entry in the conversion history', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Hooli', stage: 'stalled' })] });
    await renderMqa(seeded);
    const panel = await openAccount('Hooli');
    const moveTo = within(panel).getByRole('radiogroup', { name: 'Move to' });
    expect(within(moveTo).getAllByRole('radio')).toHaveLength(3);
    await userEvent.click(within(moveTo).getByRole('radio', { name: 'Opportunity' }));
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Evidence' }), 'Budget unfrozen');
    await userEvent.click(within(panel).getByRole('button', { name: 'Move account' }));
    const history = await within(panel).findByTestId('conversion-history');
    expect(within(history).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Converted on 4 Nov 2026 at Shared with Sales',
      'Re-entered on 22 Nov 2026 at Opportunity',
    ]);
    // Re-entries never change the attribution facts.
    expect(within(panel).getByTestId('fact-ols')).toHaveTextContent('Webinar');
  });

  it('a correction of the OLS date is a date picker in the user’s locale: 06/01/2026 in en-US, typed 06/15/2026 is stored as 2026-06-15', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Acme', ols: 'Webinar' })] });
    await renderMqa(seeded);
    const panel = await openAccount('Acme');
    await userEvent.click(within(panel).getByRole('button', { name: 'Correct the Original Lead Source date' }));
    const dialog = await screen.findByTestId('correct-attribution-dialog');
    const value = within(dialog).getByRole('combobox', { name: 'New Original Lead Source date' });
    expect(value).toHaveValue('06/01/2026');
    await userEvent.tripleClick(value);
    await userEvent.keyboard('06/15/2026');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason for the correction' }), 'The webinar was on the 15th');
    await userEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(storedAccount(seeded, 'Acme').GtmOlsDate).toMatch(/^2026-06-15/));
  });

  it('a correction of the OLS needs a reason; with one, it is saved with an audit entry', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Acme', ols: 'Webinar' })] });
    await renderMqa(seeded);
    const panel = await openAccount('Acme');
    await userEvent.click(within(panel).getByRole('button', { name: 'Correct the Original Lead Source' }));
    const dialog = await screen.findByTestId('correct-attribution-dialog');
    const value = within(dialog).getByRole('textbox', { name: 'New Original Lead Source' });
    await userEvent.clear(value);
    await userEvent.type(value, 'Partner referral');
    await userEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(within(dialog).getByText(/A correction needs a reason/)).toBeInTheDocument();
    expect(storedAccount(seeded, 'Acme').GtmOls).toBe('Webinar');

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason for the correction' }), 'CRM import mapped the partner to Webinar');
    await userEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(await within(panel).findByText(/changed the Original Lead Source from “Webinar” to “Partner referral”/)).toBeInTheDocument();
    expect(within(panel).getByTestId('fact-ols')).toHaveTextContent('Partner referral');
    expect(storedAccount(seeded, 'Acme').GtmOls).toBe('Partner referral');
    expect(JSON.parse(String(storedAccount(seeded, 'Acme').GtmAudit))).toEqual([
      { field: 'ols', oldValue: 'Webinar', newValue: 'Partner referral', reason: 'CRM import mapped the partner to Webinar', by: expect.objectContaining({ email: 'elena.ricci@contoso.example' }), at: '2026-11-22' },
    ]);
  });

  it('there is one way to hand over: no "Share with Sales" button; Shared with Sales under "Move to" asks for the Sales owner and the Converting Source, and refuses without them saying which is missing', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Acme', stage: 'presales-validation', cs: null })] });
    await renderMqa(seeded);
    const panel = await openAccount('Acme');
    expect(within(panel).queryByRole('button', { name: /share with sales/i })).not.toBeInTheDocument();
    expect(within(panel).getByTestId('not-shared-yet')).toHaveTextContent('To hand it over, choose Shared with Sales under “Move to another stage”');

    await userEvent.click(within(panel).getByRole('radio', { name: 'Shared with Sales' }));
    expect(within(panel).getByRole('combobox', { name: 'Sales owner' })).toBeRequired();
    expect(within(panel).getByRole('combobox', { name: /^Converting Source/ })).toBeInTheDocument();
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Hand-over evidence' }), 'Presales confirmed the SOC project');
    await userEvent.click(within(panel).getByRole('button', { name: 'Hand over to Sales' }));
    expect(within(panel).getByTestId('stage-move-problem')).toHaveTextContent('Not handed over yet: the Sales owner and the Converting Source are missing.');
    expect(within(panel).getByText('Choose the Sales owner: type part of a name and pick who in Sales takes the account.')).toBeInTheDocument();
    expect(within(panel).getByText('Choose the Converting Source: what made the account ready for Sales.')).toBeInTheDocument();

    // The source alone is not enough either: the Sales owner is still missing.
    await userEvent.click(within(panel).getByRole('combobox', { name: /^Converting Source/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Webinar' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Hand over to Sales' }));
    expect(within(panel).getByTestId('stage-move-problem')).toHaveTextContent('Not handed over yet: the Sales owner is missing.');
    expect(storedAccount(seeded, 'Acme')).toEqual(expect.objectContaining({ GtmStage: 'Presales validation', GtmCs: null, GtmCsDate: null }));
    expect(String(storedAccount(seeded, 'Acme').GtmConversionHistory)).toBe('[]');
    expect(seeded.store.rows(MQA_SALES_WORKING_LIST)).toHaveLength(0);
  });

  it('a complete hand-over (Noor Haddad, Webinar) stores the Sales owner, CS Webinar with 2026-11-22 as its conversion date, and one working-list row with Noor as Sales owner', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Acme', stage: 'presales-validation', cs: null })] });
    await renderMqa(seeded);
    const panel = await openAccount('Acme');
    await userEvent.click(within(panel).getByRole('radio', { name: 'Shared with Sales' }));
    await userEvent.type(within(panel).getByRole('combobox', { name: 'Sales owner' }), 'noor');
    await userEvent.click(await screen.findByRole('option', { name: /^Noor Haddad \(noor.haddad@contoso.example\)/ }));
    await userEvent.click(within(panel).getByRole('combobox', { name: /^Converting Source/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Webinar' }));
    expect(within(panel).getByTestId('hand-over-records')).toHaveTextContent('the Converting Source with 22 Nov 2026 as its first conversion date');
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Hand-over evidence' }), 'Presales confirmed the SOC project');
    await userEvent.click(within(panel).getByRole('button', { name: 'Hand over to Sales' }));

    expect(await within(panel).findByTestId('shared-with-sales')).toHaveTextContent('On the Sales working list since 22 Nov 2026 (Shared with Sales, Noor Haddad)');
    const stored = storedAccount(seeded, 'Acme');
    expect(stored).toEqual(expect.objectContaining({ GtmStage: 'Shared with Sales', GtmCs: 'Webinar', GtmCsDate: expect.stringMatching(/^2026-11-22/) }));
    expect(stored.GtmSalesOwner).toEqual(expect.objectContaining({ email: 'noor.haddad@contoso.example' }));
    expect(JSON.parse(String(stored.GtmConversionHistory))).toEqual([{ kind: 'conversion', at: '2026-11-22', stage: 'shared-with-sales' }]);
    const rows = seeded.store.rows(MQA_SALES_WORKING_LIST);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.values).toEqual(
      expect.objectContaining({ Title: 'Acme', GtmAccount: Number(seeded.accountIds.get('Acme')), GtmSalesStatus: 'Shared with Sales', GtmSalesOwner: expect.objectContaining({ email: 'noor.haddad@contoso.example' }) }),
    );
  });

  it('a half-done hand-over asks before the panel closes: the close button after picking the Sales owner shows "Discard your changes?", and "Keep editing" keeps Noor', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Acme', stage: 'presales-validation', cs: null })] });
    await renderMqa(seeded);
    const panel = await openAccount('Acme');
    await userEvent.click(within(panel).getByRole('radio', { name: 'Shared with Sales' }));
    await userEvent.type(within(panel).getByRole('combobox', { name: 'Sales owner' }), 'noor');
    await userEvent.click(await screen.findByRole('option', { name: /^Noor Haddad/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Close the account' }));
    expect(await screen.findByText('Discard your changes?')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByTestId('account-panel')).toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: 'Sales owner' })).toHaveValue('Noor Haddad (noor.haddad@contoso.example)');
  });

  it('a hand-over that meets a newer version (412) opens the conflict dialog; "Apply mine again" re-runs the hand-over on theirs, keeping their OLS', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Acme', stage: 'presales-validation', ols: 'Webinar', cs: null })] });
    await renderMqa(seeded);
    const panel = await openAccount('Acme');
    seeded.store.touch(MQA_FILE_LIST, Number(seeded.accountIds.get('Acme')), { GtmOls: 'Trade show' });
    await userEvent.click(within(panel).getByRole('radio', { name: 'Shared with Sales' }));
    await userEvent.type(within(panel).getByRole('combobox', { name: 'Sales owner' }), 'noor');
    await userEvent.click(await screen.findByRole('option', { name: /^Noor Haddad/ }));
    await userEvent.click(within(panel).getByRole('combobox', { name: /^Converting Source/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Events' }));
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Hand-over evidence' }), 'SOC project');
    await userEvent.click(within(panel).getByRole('button', { name: 'Hand over to Sales' }));
    const dialog = await screen.findByTestId('conflict-dialog');
    const rowOf = (label: string) => Array.from(within(dialog).getByRole('rowheader', { name: label }).parentElement?.children ?? []).map((c) => c.textContent);
    expect(rowOf('Stage')).toEqual(['Stage', 'Shared with Sales', 'Presales validation']);
    expect(rowOf('Sales owner')).toEqual(['Sales owner', 'Noor Haddad', '—']);
    expect(storedAccount(seeded, 'Acme').GtmStage).toBe('Presales validation');

    await userEvent.click(screen.getByRole('button', { name: 'Apply mine again' }));
    expect(await within(panel).findByText('acme.example · Shared with Sales')).toBeInTheDocument();
    expect(storedAccount(seeded, 'Acme')).toEqual(expect.objectContaining({ GtmStage: 'Shared with Sales', GtmOls: 'Trade show', GtmCs: 'Events' }));
    await waitFor(() => expect(seeded.store.rows(MQA_SALES_WORKING_LIST)).toHaveLength(1));
  });

  it('an account whose CS came from the CRM keeps it: the hand-over shows "Events (first converted 15 Sep 2026)" and asks only for the Sales owner', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Acme', stage: 'presales-validation', cs: 'Events' })] });
    await renderMqa(seeded);
    const panel = await openAccount('Acme');
    await userEvent.click(within(panel).getByRole('radio', { name: 'Shared with Sales' }));
    expect(within(panel).queryByRole('combobox', { name: 'Converting Source' })).not.toBeInTheDocument();
    expect(within(panel).getByTestId('hand-over-cs')).toHaveTextContent('Converting Source: Events (first converted 15 Sep 2026)');
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Hand-over evidence' }), 'SOC project');
    await userEvent.click(within(panel).getByRole('button', { name: 'Hand over to Sales' }));
    expect(within(panel).getByTestId('stage-move-problem')).toHaveTextContent('Not handed over yet: the Sales owner is missing.');
  });

  it('an account already at Shared with Sales but missing from the working list gets its row without a second move', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Globex', stage: 'shared-with-sales' })] });
    await renderMqa(seeded);
    const panel = await openAccount('Globex');
    await userEvent.click(within(panel).getByRole('button', { name: 'Add to the Sales working list' }));
    await within(panel).findByTestId('shared-with-sales');
    expect(seeded.store.rows(MQA_SALES_WORKING_LIST)).toHaveLength(1);
    expect(JSON.parse(String(storedAccount(seeded, 'Globex').GtmStageHistory))).toHaveLength(4);
  });

  it('the attribution card splits each deal 50/50: Acme 1,000 (Webinar/Events) + Globex 500 (Webinar/none) → Webinar €750 (50.0%), Events €500 (33.3%), unattributed €250 (16.7%): euros and one decimal, as the KPI cards', async () => {
    const acme = accountAt({ name: 'Acme', ols: 'Webinar', cs: 'Events' });
    const globex = accountAt({ name: 'Globex', ols: 'Webinar', cs: null });
    const seeded = await seedMqa({ accounts: [acme, globex], deals: [dealOf(acme, 1000), dealOf(globex, 500)] });
    await renderMqa(seeded);
    const card = screen.getByTestId('attribution-card');
    const rowsOf = async () =>
      (await within(card).findAllByTestId('attribution-row')).map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(await rowsOf()).toEqual([
      ['Webinar', '€750', '50.0%'],
      ['Events', '€500', '33.3%'],
      ['(unattributed)', '€250', '16.7%'],
    ]);
    expect(within(card).getByTestId('attribution-summary')).toHaveTextContent('2 deals of 2 accounts in view, €1,500 in total');

    // The card follows the accounts in view: searching "acme" leaves Acme's 1,000 deal, 500 each.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search accounts' }), 'acme');
    expect(await rowsOf()).toEqual([
      ['Events', '€500', '50.0%'],
      ['Webinar', '€500', '50.0%'],
    ]);
  });

  it('a stale save opens the conflict dialog with both versions; nothing is overwritten, and "Apply mine again" re-runs the move on theirs', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Acme', stage: 'identified', ols: 'Webinar' })] });
    await renderMqa(seeded);
    const panel = await openAccount('Acme');
    // Someone else corrects the OLS while the panel is open.
    seeded.store.touch(MQA_FILE_LIST, Number(seeded.accountIds.get('Acme')), { GtmOls: 'Trade show' });

    await userEvent.click(within(panel).getByRole('radio', { name: 'Internal review' }));
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Evidence' }), 'Discovery call');
    await userEvent.click(within(panel).getByRole('button', { name: 'Move account' }));
    const dialog = await screen.findByTestId('conflict-dialog');
    const rowOf = (label: string) => Array.from(within(dialog).getByRole('rowheader', { name: label }).parentElement?.children ?? []).map((c) => c.textContent);
    expect(rowOf('Stage')).toEqual(['Stage', 'Internal review', 'Identified']);
    expect(rowOf('Original Lead Source (OLS)')).toEqual(['Original Lead Source (OLS)', 'Webinar (1 Jun 2026)', 'Trade show (1 Jun 2026)']);
    expect(storedAccount(seeded, 'Acme').GtmStage).toBe('Identified');

    await userEvent.click(screen.getByRole('button', { name: 'Apply mine again' }));
    expect(await within(panel).findByText('acme.example · Internal review')).toBeInTheDocument();
    expect(storedAccount(seeded, 'Acme')).toEqual(expect.objectContaining({ GtmStage: 'Internal review', GtmOls: 'Trade show' }));
  });

  it('"Reload theirs" after a conflict shows their version and keeps it', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Acme', stage: 'identified', ols: 'Webinar' })] });
    await renderMqa(seeded);
    const panel = await openAccount('Acme');
    seeded.store.touch(MQA_FILE_LIST, Number(seeded.accountIds.get('Acme')), { GtmOls: 'Trade show' });
    await userEvent.click(within(panel).getByRole('radio', { name: 'Disqualified' }));
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Evidence' }), 'No budget');
    await userEvent.click(within(panel).getByRole('button', { name: 'Move account' }));
    await screen.findByTestId('conflict-dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Reload theirs' }));
    expect(await within(panel).findByTestId('fact-ols')).toHaveTextContent('Trade show');
    expect(within(panel).getByTestId('account-stage')).toHaveTextContent('Identified');
    expect(storedAccount(seeded, 'Acme').GtmStage).toBe('Identified');
  });

  it('renders list text as text: an account named <img src=x onerror=alert(1)> shows those characters and no image', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const seeded = await seedMqa({ accounts: [accountAt({ name: xss, domain: 'xss.example', ols: '<b>bold</b>' })] });
    await renderMqa(seeded);
    expect(screen.getByRole('button', { name: xss })).toHaveTextContent(xss);
    const panel = await openAccount(xss);
    expect(within(panel).getByTestId('fact-ols')).toHaveTextContent('<b>bold</b>');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });

  it('a missing MQA File offers site owners "Create the GTM lists"; an empty file says where accounts come from', async () => {
    const missing = await seedMqa();
    missing.store.removeList(MQA_FILE_LIST.title);
    const { unmount } = render(<MqaFile env={missing.env} repositories={missing.repositories} peopleSearch={directorySearch} />);
    expect(await screen.findByRole('button', { name: 'Create the GTM lists' })).toBeInTheDocument();
    unmount();

    const empty = await seedMqa();
    await renderMqa(empty);
    expect(screen.getByText('The MQA file has no accounts yet')).toBeInTheDocument();
  });

  it('a failed save (403) says so in the panel and keeps the form as typed', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Acme' })] });
    await renderMqa(seeded);
    const panel = await openAccount('Acme');
    seeded.store.failNext(new ListStoreError('MQA File: Access denied. You do not have permission to perform this action.', 403));
    await userEvent.click(within(panel).getByRole('radio', { name: 'Internal review' }));
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Evidence' }), 'Discovery call');
    await userEvent.click(within(panel).getByRole('button', { name: 'Move account' }));
    expect(await within(panel).findByTestId('account-error')).toHaveTextContent('You do not have permission to edit the MQA File. Ask a site owner for edit access, then save again.');
    expect(within(panel).getByRole('textbox', { name: 'Evidence' })).toHaveValue('Discovery call');
  });
});

describe('MqaFile — the Sales working list follows the account', () => {
  /** The account's row on the Sales working list, as SharePoint stores it. */
  function storedRow(seeded: Seeded, rowId: string): Record<string, unknown> | undefined {
    return seeded.store.rows(MQA_SALES_WORKING_LIST).find((r) => r.id === Number(rowId))?.values;
  }

  async function moveTo(panel: HTMLElement, stage: string, evidence: string): Promise<void> {
    await userEvent.click(within(panel).getByRole('radio', { name: stage }));
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Evidence' }), evidence);
    await userEvent.click(within(panel).getByRole('button', { name: 'Move account' }));
  }

  it('a move from Shared with Sales to Sales accepted updates the account’s row to Sales accepted, keeping Sales’ notes', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Globex', stage: 'shared-with-sales' })] });
    const rowId = await putOnWorkingList(seeded, 'Globex', 'shared-with-sales');
    await renderMqa(seeded);
    const panel = await openAccount('Globex');
    await moveTo(panel, 'Sales accepted', 'AE accepted after the discovery call');
    await waitFor(() => expect(storedRow(seeded, rowId)).toEqual(expect.objectContaining({ GtmSalesStatus: 'Sales accepted', GtmNotes: 'First call booked' })));
    expect(storedAccount(seeded, 'Globex').GtmStage).toBe('Sales accepted');
    expect(within(panel).getByTestId('shared-with-sales')).toHaveTextContent('On the Sales working list since 4 Nov 2026 (Sales accepted)');
    expect(within(panel).queryByTestId('working-list-lag')).not.toBeInTheDocument();
  });

  it('a disqualified account is Lost on the working list (the list has no Disqualified)', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Globex', stage: 'sales-accepted' })] });
    const rowId = await putOnWorkingList(seeded, 'Globex', 'sales-accepted');
    await renderMqa(seeded);
    const panel = await openAccount('Globex');
    await moveTo(panel, 'Disqualified', 'Acquired by a customer of ours');
    await waitFor(() => expect(storedRow(seeded, rowId)?.GtmSalesStatus).toBe('Lost'));
    expect(storedAccount(seeded, 'Globex').GtmStage).toBe('Disqualified');
  });

  it('a stalled account handed over again keeps its one row, which goes from Stalled back to Shared with Sales with the new Sales owner', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Hooli', stage: 'stalled' })] });
    const rowId = await putOnWorkingList(seeded, 'Hooli', 'stalled');
    await renderMqa(seeded);
    const panel = await openAccount('Hooli');
    await userEvent.click(within(panel).getByRole('radio', { name: 'Shared with Sales' }));
    await userEvent.type(within(panel).getByRole('combobox', { name: 'Sales owner' }), 'noor');
    await userEvent.click(await screen.findByRole('option', { name: /^Noor Haddad/ }));
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Hand-over evidence' }), 'New CISO restarted the project');
    await userEvent.click(within(panel).getByRole('button', { name: 'Hand over to Sales' }));
    await waitFor(() => expect(storedRow(seeded, rowId)?.GtmSalesStatus).toBe('Shared with Sales'));
    expect(storedRow(seeded, rowId)?.GtmSalesOwner).toEqual(expect.objectContaining({ email: 'noor.haddad@contoso.example' }));
    expect(seeded.store.rows(MQA_SALES_WORKING_LIST)).toHaveLength(1);
  });

  it('when the account moved but the row update failed (403), the panel says exactly that; "Retry updating the Sales working list" then updates it', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Globex', stage: 'shared-with-sales' })] });
    const rowId = await putOnWorkingList(seeded, 'Globex', 'shared-with-sales');
    // Only the first save of the working list is refused (the MQA File update goes through): the
    // store refuses the very next call, which is that save's update.
    const workingList = seeded.repositories.salesWorkingList;
    let refusals = 1;
    const repositories = {
      ...seeded.repositories,
      salesWorkingList: {
        ...workingList,
        saveChanges: (change: Parameters<typeof workingList.saveChanges>[0]) => {
          if (refusals-- > 0) seeded.store.failNext(new ListStoreError('MQA Sales Working List: Access denied.', 403));
          return workingList.saveChanges(change);
        },
      },
    };
    render(<MqaFile env={seeded.env} repositories={repositories} peopleSearch={directorySearch} />);
    await screen.findByTestId('accounts-view');
    const panel = await openAccount('Globex');
    await moveTo(panel, 'Sales accepted', 'AE accepted');

    const lag = await within(panel).findByTestId('working-list-lag');
    expect(lag).toHaveTextContent(
      'Globex moved to Sales accepted, but its row on the Sales working list was not updated (it still says Shared with Sales): You do not have permission to edit the MQA Sales Working List. Ask a site owner for edit access, then save again.',
    );
    expect(storedAccount(seeded, 'Globex').GtmStage).toBe('Sales accepted');
    expect(storedRow(seeded, rowId)?.GtmSalesStatus).toBe('Shared with Sales');

    await userEvent.click(within(lag).getByRole('button', { name: 'Retry updating the Sales working list' }));
    await waitFor(() => expect(within(panel).queryByTestId('working-list-lag')).not.toBeInTheDocument());
    expect(storedRow(seeded, rowId)?.GtmSalesStatus).toBe('Sales accepted');
    expect(within(panel).getByTestId('shared-with-sales')).toHaveTextContent('(Sales accepted)');
  });

  it('a row Sales changed meanwhile opens the conflict dialog; closing it leaves the lag in the panel, and "Apply mine again" keeps their notes', async () => {
    const seeded = await seedMqa({ accounts: [accountAt({ name: 'Globex', stage: 'shared-with-sales' })] });
    const rowId = await putOnWorkingList(seeded, 'Globex', 'shared-with-sales');
    await renderMqa(seeded);
    const panel = await openAccount('Globex');
    seeded.store.touch(MQA_SALES_WORKING_LIST, Number(rowId), { GtmNotes: 'Demo on 1 Dec' });
    await moveTo(panel, 'Sales accepted', 'AE accepted');

    const dialog = await screen.findByTestId('conflict-dialog');
    const rowOf = (label: string) => Array.from(within(dialog).getByRole('rowheader', { name: label }).parentElement?.children ?? []).map((c) => c.textContent);
    expect(rowOf('Sales working list stage')).toEqual(['Sales working list stage', 'Sales accepted', 'Shared with Sales']);
    expect(rowOf('Sales notes')).toEqual(['Sales notes', 'First call booked', 'Demo on 1 Dec']);
    expect(storedRow(seeded, rowId)?.GtmSalesStatus).toBe('Shared with Sales');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('conflict-dialog')).not.toBeInTheDocument());
    const lag = within(panel).getByTestId('working-list-lag');
    expect(lag).toHaveTextContent('Globex moved to Sales accepted, but its row on the Sales working list was not updated (it still says Shared with Sales): someone else changed the row at the same time, and neither version was chosen.');

    await userEvent.click(within(lag).getByRole('button', { name: 'Retry updating the Sales working list' }));
    await screen.findByTestId('conflict-dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Apply mine again' }));
    await waitFor(() => expect(storedRow(seeded, rowId)).toEqual(expect.objectContaining({ GtmSalesStatus: 'Sales accepted', GtmNotes: 'Demo on 1 Dec' })));
    expect(within(panel).queryByTestId('working-list-lag')).not.toBeInTheDocument();
  });
});
