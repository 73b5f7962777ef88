/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { GTM_ACTIONS_LIST, ListStoreError, RISK_REGISTER_LIST, ThrottledError, toRisk } from '@gtm/shared';
import { RiskRegister } from './RiskRegister';
import { riskRegisterFixture, storedMitigations } from './risk-register.fixture';
import { directorySearch } from '../common/directory.fixture';

setIconOptions({ disableWarnings: true });

async function renderRegister() {
  const fixture = await riskRegisterFixture();
  render(<RiskRegister env={fixture.env} repositories={fixture.repositories} peopleSearch={directorySearch} />);
  await screen.findByTestId('risk-list');
  return { ...fixture, user: userEvent.setup() };
}

type User = ReturnType<typeof userEvent.setup>;

/** The risk as stored in the memory list now. */
function stored(fixture: Awaited<ReturnType<typeof renderRegister>>, title: string) {
  const row = fixture.store.rows(RISK_REGISTER_LIST).find((r) => r.id === fixture.ids[title]);
  const mapped = row ? toRisk(row) : null;
  if (!mapped?.ok) throw new Error(`no valid stored risk "${title}"`);
  return mapped.value;
}

async function openRisk(user: User, title: string): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: title }));
  return screen.findByRole('dialog', { name: 'Edit risk' });
}

function pick(panel: HTMLElement, group: string, option: string): HTMLElement {
  return within(within(panel).getByRole('radiogroup', { name: group })).getByRole('radio', { name: option });
}

describe('editing a risk in the panel', () => {
  it('shows the score and rating live: inherent Likely × Severe = 20 Critical, then Almost certain × Severe = 25', async () => {
    const { user } = await renderRegister();
    const panel = await openRisk(user, 'Competitor bundles detection');
    expect(within(panel).getByTestId('score-inherent')).toHaveTextContent('Inherent score: 4 × 5 = 20 Critical');
    await user.click(pick(panel, 'Inherent likelihood', 'Almost certain (5)'));
    expect(within(panel).getByTestId('score-inherent')).toHaveTextContent('Inherent score: 5 × 5 = 25 Critical');
    await user.click(pick(panel, 'Residual impact', 'Minor (2)'));
    expect(within(panel).getByTestId('score-residual')).toHaveTextContent('Residual score: 2 × 2 = 4 Low');
  });

  it('saves a new residual assessment and moves the heat-map count from 2 / 5 to 1 / 5', async () => {
    const fixture = await renderRegister();
    const { user } = fixture;
    expect(screen.getByTestId('heat-cell-2-5')).toHaveTextContent('1');
    const panel = await openRisk(user, 'Competitor bundles detection');
    await user.click(pick(panel, 'Residual likelihood', 'Rare (1)'));
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “Competitor bundles detection”.');
    expect(screen.getByTestId('heat-cell-2-5')).toHaveTextContent('0');
    expect(screen.getByTestId('heat-cell-1-5')).toHaveTextContent('1');
    expect(stored(fixture, 'Competitor bundles detection').residual).toEqual({ likelihood: 1, impact: 5 });
  });

  it('shows validation errors on the fields, saves nothing, and keeps what was typed', async () => {
    const fixture = await renderRegister();
    const { user } = fixture;
    const panel = await openRisk(user, 'Negative reviews after outage');
    await user.clear(within(panel).getByRole('textbox', { name: 'Title' }));
    await user.clear(within(panel).getByRole('combobox', { name: 'Owner' }));
    await user.type(within(panel).getByRole('combobox', { name: 'Owner' }), 'pat at contoso');
    await user.tab();
    await user.click(pick(panel, 'Residual likelihood', 'Almost certain (5)')); // 5 × 3 = 15 > inherent 9
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(within(panel).getByText('Give the risk a title: it cannot be blank.')).toBeInTheDocument();
    // Typed text that was not picked from the directory is no owner: the field says so and nothing is saved.
    expect(within(panel).getByText('Pick a person from the list: “pat at contoso” is not a directory user.')).toBeInTheDocument();
    expect(within(panel).getByText('The residual score (after mitigation) cannot exceed the inherent score')).toBeInTheDocument();
    expect(within(panel).getByTestId('validation-summary')).toHaveTextContent('3 fields need attention');
    expect(within(panel).getByRole('combobox', { name: 'Owner' })).toHaveValue('pat at contoso');
    expect(fixture.store.calls.update).toBe(0);
  });

  it('gives the risk to a person picked from the directory: "jose al" offers both Jose Alvarez, the Sales Director is saved', async () => {
    const fixture = await renderRegister();
    const { user } = fixture;
    const panel = await openRisk(user, 'Negative reviews after outage');
    const owner = within(panel).getByRole('combobox', { name: 'Owner' });
    await user.clear(owner);
    await user.type(owner, 'jose al');
    const options = await screen.findAllByRole('option', { name: /Alvarez|Álvarez/ });
    expect(options.map((o) => o.textContent)).toEqual([
      'Jose Alvarez (jose.alvarez2@contoso.example) · Account Executive',
      'José Álvarez (jose.alvarez@contoso.example) · Sales Director',
    ]);
    await user.click(options[1]!);
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “Negative reviews after outage”.');
    expect(stored(fixture, 'Negative reviews after outage').owner).toMatchObject({ email: 'jose.alvarez@contoso.example', displayName: 'José Álvarez' });
  });

  it('cannot save a mitigation owner typed but not picked: "someone@contoso.example" is refused on the field', async () => {
    const fixture = await renderRegister();
    const { user } = fixture;
    const panel = await openRisk(user, 'Negative reviews after outage');
    await user.click(within(panel).getByRole('button', { name: 'Add mitigation action' }));
    await user.type(within(panel).getByRole('textbox', { name: 'Action 1' }), 'Ask 20 customers for reviews');
    await user.type(within(panel).getByRole('combobox', { name: 'Action 1 due date' }), '2026-12-15');
    const owner = within(panel).getByRole('combobox', { name: 'Action 1 owner' });
    await user.clear(owner);
    await user.type(owner, 'someone@contoso.example');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(within(panel).getByText('Pick a person from the list: “someone@contoso.example” is not a directory user.')).toBeInTheDocument();
    expect(within(panel).getByTestId('validation-summary')).toHaveTextContent('One field needs attention');
    expect(fixture.store.calls.update).toBe(0);
  });

  it('requires an owner and a due date on a new mitigation action, then saves it', async () => {
    const fixture = await renderRegister();
    const { user } = fixture;
    const panel = await openRisk(user, 'Negative reviews after outage');
    await user.click(within(panel).getByRole('button', { name: 'Add mitigation action' }));
    await user.type(within(panel).getByRole('textbox', { name: 'Action 1' }), 'Ask 20 customers for reviews');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(within(panel).getByText(/Pick a due date from the calendar or type it/)).toBeInTheDocument();
    await user.type(within(panel).getByRole('combobox', { name: 'Action 1 due date' }), '2026-12-15');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “Negative reviews after outage”.');
    // A GTM Actions item linked to the risk (item 2: item 1 is the fixture's other mitigation), in no review.
    expect(storedMitigations(fixture, 'Negative reviews after outage')).toEqual([
      { id: '2', title: 'Ask 20 customers for reviews', owner: { email: 'pat.lee@contoso.example', displayName: 'Pat Lee' }, dueDate: '2026-12-15', status: 'open' },
    ]);
    expect(fixture.store.rows(GTM_ACTIONS_LIST)[1]?.values).toMatchObject({ GtmLinkKind: 'Risk', GtmLinkId: String(fixture.ids['Negative reviews after outage']), GtmReview: null });
    expect(stored(fixture, 'Negative reviews after outage')).not.toHaveProperty('GtmMitigations');
  });

  it('marks a saved mitigation done and moves its due date: its GTM Actions item is updated, no new one added', async () => {
    const fixture = await renderRegister();
    const { user } = fixture;
    const panel = await openRisk(user, 'Competitor bundles detection');
    expect(within(panel).getByRole('textbox', { name: 'Action 1' })).toHaveValue('Publish a total-cost comparison');
    const due = within(panel).getByRole('combobox', { name: 'Action 1 due date' });
    // Select the date and type over it, as a person does.
    await user.tripleClick(due);
    await user.keyboard('2026-12-18');
    await user.click(within(panel).getByRole('combobox', { name: /^Action 1 status/ }));
    await user.click(await screen.findByRole('option', { name: 'Done' }));
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “Competitor bundles detection”.');
    expect(storedMitigations(fixture, 'Competitor bundles detection')).toEqual([
      { id: '1', title: 'Publish a total-cost comparison', owner: { email: 'pat.lee@contoso.example', displayName: 'Pat Lee' }, dueDate: '2026-12-18', status: 'done' },
    ]);
    expect(fixture.store.rows(GTM_ACTIONS_LIST)).toHaveLength(1);
  });

  it('drops a saved mitigation instead of deleting it; a new row not saved yet can still be removed', async () => {
    const fixture = await renderRegister();
    const { user } = fixture;
    const panel = await openRisk(user, 'Competitor bundles detection');
    expect(within(panel).queryByRole('button', { name: 'Remove action 1' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Add mitigation action' }));
    await user.click(within(panel).getByRole('button', { name: 'Remove action 2' }));
    await user.click(within(panel).getByRole('button', { name: 'Drop action 1' }));
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “Competitor bundles detection”.');
    expect(storedMitigations(fixture, 'Competitor bundles detection').map((m) => m.status)).toEqual(['dropped']);
  });

  it('someone else changed a mitigation since it was read: the conflict dialog shows theirs, and nothing of mine is written over it', async () => {
    const fixture = await renderRegister();
    const { user } = fixture;
    const panel = await openRisk(user, 'Competitor bundles detection');
    fixture.store.touch(GTM_ACTIONS_LIST, 1, { GtmDueDate: '2026-12-24' });
    await user.click(within(panel).getByRole('combobox', { name: /^Action 1 status/ }));
    await user.click(await screen.findByRole('option', { name: 'Done' }));
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByTestId('conflict-dialog');
    expect(within(dialog).getByRole('rowheader', { name: 'Mitigation actions' }).closest('tr')).toHaveTextContent(
      /Publish a total-cost comparison \(pat\.lee@contoso\.example, due .*, done\).*Publish a total-cost comparison \(pat\.lee@contoso\.example, due .*, open\)/,
    );
    expect(storedMitigations(fixture, 'Competitor bundles detection')).toEqual([expect.objectContaining({ dueDate: '2026-12-24', status: 'open' })]);
  });

  it('picks a monitoring KPI with its status and badges the risk triggered once saved', async () => {
    const { user } = await renderRegister();
    const panel = await openRisk(user, 'Negative reviews after outage');
    const picker = within(panel).getByRole('combobox', { name: /^Monitoring KPIs/ });
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: 'Win rate — Off track' }));
    expect(within(panel).getByTestId('monitoring-kpis')).toHaveTextContent('Win rate: Off track');
    await user.click(within(panel).getByText('Mitigation actions', { selector: '[role="heading"]' })); // a click outside closes the dropdown
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “Negative reviews after outage”.');
    expect(screen.getAllByTestId('triggered-badge')).toHaveLength(2);
  });

  it('creates a risk owned by the current user, which then appears in the list', async () => {
    const fixture = await renderRegister();
    const { user } = fixture;
    await user.click(screen.getByRole('button', { name: 'New risk' }));
    const panel = await screen.findByRole('dialog', { name: 'New risk' });
    expect((within(panel).getByRole('combobox', { name: 'Owner' }) as HTMLInputElement).value).toContain('alex.morgan@contoso.example');
    await user.type(within(panel).getByRole('textbox', { name: 'Title' }), 'Partner certification lapses');
    await user.click(within(panel).getByRole('button', { name: 'Create risk' }));
    await screen.findByText('Saved “Partner certification lapses”.');
    expect(screen.getByRole('button', { name: 'Partner certification lapses' })).toBeInTheDocument();
    expect(screen.getByTestId('risk-count')).toHaveTextContent('Showing 4 of 5 risks');
    expect(fixture.store.rows(RISK_REGISTER_LIST)).toHaveLength(5);
  });

  it('closes a risk: it is saved as Closed and leaves the active list and the heat map', async () => {
    const fixture = await renderRegister();
    const { user } = fixture;
    const panel = await openRisk(user, 'Pipeline coverage below 3×');
    await user.click(within(panel).getByRole('button', { name: 'Close risk' }));
    await screen.findByText('Saved “Pipeline coverage below 3×” as closed.');
    expect(stored(fixture, 'Pipeline coverage below 3×').status).toBe('closed');
    expect(screen.queryByRole('button', { name: 'Pipeline coverage below 3×' })).not.toBeInTheDocument();
    expect(screen.getByTestId('heat-cell-4-4')).toHaveTextContent('0');
  });

  it('keeps the panel and its values when SharePoint is throttling, and says to try again', async () => {
    const fixture = await renderRegister();
    const { user } = fixture;
    const panel = await openRisk(user, 'Negative reviews after outage');
    await user.type(within(panel).getByRole('textbox', { name: 'Title' }), ' (EMEA)');
    fixture.store.failNext(new ThrottledError('Risk Register: update', 429, 30));
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByTestId('save-error')).toHaveTextContent(/throttling.*try again/);
    expect(within(panel).getByRole('textbox', { name: 'Title' })).toHaveValue('Negative reviews after outage (EMEA)');
  });

  it('tells a reader without edit rights to ask a site owner, instead of to try again', async () => {
    const fixture = await renderRegister();
    const panel = await openRisk(fixture.user, 'Negative reviews after outage');
    fixture.store.failNext(new ListStoreError('Risk Register: Access denied.', 403));
    await fixture.user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByTestId('save-error')).toHaveTextContent(/permission to edit the Risk Register\. Ask a site owner/);
  });
});

describe('a save after someone else changed the risk (412)', () => {
  async function staleSave() {
    const fixture = await renderRegister();
    const { user, store, ids } = fixture;
    const panel = await openRisk(user, 'Negative reviews after outage');
    // Someone else renames it after this page read it.
    store.touch(RISK_REGISTER_LIST, ids['Negative reviews after outage'] ?? 0, { Title: 'Negative reviews after the September outage' });
    await user.click(pick(panel, 'Residual impact', 'Insignificant (1)'));
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByTestId('conflict-dialog');
    return { ...fixture, panel, dialog };
  }

  it('shows both versions side by side and overwrites nothing', async () => {
    const fixture = await staleSave();
    const titleRow = within(fixture.dialog).getByRole('row', { name: /^Title/ });
    expect(titleRow).toHaveTextContent('Negative reviews after outage');
    expect(titleRow).toHaveTextContent('Negative reviews after the September outage');
    expect(within(fixture.dialog).getByRole('row', { name: /^Residual/ })).toHaveTextContent('Unlikely (2) × Insignificant (1) = 2 Low');
    expect(stored(fixture, 'Negative reviews after outage').title).toBe('Negative reviews after the September outage');
    expect(stored(fixture, 'Negative reviews after outage').residual).toEqual({ likelihood: 2, impact: 2 });
  });

  it('"Apply mine again" saves my values over the new version', async () => {
    const fixture = await staleSave();
    await fixture.user.click(screen.getByRole('button', { name: 'Apply mine again' }));
    await screen.findByText('Saved “Negative reviews after outage”.');
    expect(stored(fixture, 'Negative reviews after outage')).toMatchObject({ title: 'Negative reviews after outage', residual: { likelihood: 2, impact: 1 } });
  });

  it('"Reload theirs" puts their version in the editor and saves nothing', async () => {
    const fixture = await staleSave();
    await fixture.user.click(screen.getByRole('button', { name: 'Reload theirs' }));
    const panel = await screen.findByRole('dialog', { name: 'Edit risk' });
    await waitFor(() => expect(within(panel).getByRole('textbox', { name: 'Title' })).toHaveValue('Negative reviews after the September outage'));
    expect(within(panel).getByTestId('score-residual')).toHaveTextContent('2 × 2 = 4 Low');
    expect(fixture.store.calls.update).toBe(1); // only the refused one
  });
});
