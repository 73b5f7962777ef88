/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';
import { GTM_ACTIONS_LIST, GTM_KPI_MEASUREMENTS_LIST, ListStoreError } from '@gtm/shared';
import { ControlPlane } from './ControlPlane';
import { seedControlPlane, type SeededControlPlane } from './control-plane.fixture';
import { directorySearch } from '../common/directory.fixture';

setIconOptions({ disableWarnings: true });

async function renderSeeded(): Promise<SeededControlPlane & { user: ReturnType<typeof userEvent.setup> }> {
  const seeded = await seedControlPlane();
  render(<ControlPlane env={seeded.env} repositories={seeded.repositories} peopleSearch={directorySearch} />);
  await screen.findByTestId('control-plane');
  return { ...seeded, user: userEvent.setup() };
}

const card = (title: string): HTMLElement => screen.getByRole('article', { name: title });

/** True when a stored date-only value is that day (whatever the adapter's wire form of the day). */
const onDay = (value: unknown, day: string): boolean => typeof value === 'string' && value.slice(0, 10) === day;

/** The stored measurement of a KPI for the cycle of 7 Dec 2026, as SharePoint holds it. */
function decemberRow(seeded: SeededControlPlane, kpiId: string) {
  return seeded.store.rows(GTM_KPI_MEASUREMENTS_LIST).find((r) => r.values.GtmKpi === Number(kpiId) && onDay(r.values.GtmCycle, '2026-12-07'));
}

describe('ControlPlane: editing a KPI actual for the current cycle (the review of 7 Dec 2026)', () => {
  it('adds the cycle’s measurement: pipeline 1,350,000 is above amber 1,300,000, so the card turns On track', async () => {
    const seeded = await renderSeeded();
    const pipeline = card('Qualified pipeline');
    await seeded.user.click(within(pipeline).getByRole('button', { name: 'Enter actual of Qualified pipeline for the review of 7 Dec 2026' }));
    await seeded.user.type(within(pipeline).getByLabelText('Actual for the review of 7 Dec 2026'), '1,350,000{Enter}');
    await waitFor(() => expect(within(pipeline).getByTestId('kpi-actual')).toHaveTextContent('€1,350,000'));
    expect(within(pipeline).getByTestId('kpi-status')).toHaveTextContent('On track');
    expect(decemberRow(seeded, seeded.ids.kpis.pipeline ?? '')?.values).toMatchObject({ GtmValue: 1_350_000, GtmRecordedByEmail: 'alex.morgan@contoso.example' });
    // The 16 Nov value is history: still there, unchanged.
    expect(seeded.store.rows(GTM_KPI_MEASUREMENTS_LIST).filter((r) => r.values.GtmKpi === Number(seeded.ids.kpis.pipeline))).toHaveLength(3);
  });

  it('corrects the cycle’s value in place the second time (one measurement per KPI and cycle)', async () => {
    const seeded = await renderSeeded();
    const pipeline = card('Qualified pipeline');
    await seeded.user.click(within(pipeline).getByRole('button', { name: /^Enter actual/ }));
    await seeded.user.type(within(pipeline).getByLabelText('Actual for the review of 7 Dec 2026'), '1350000{Enter}');
    await seeded.user.click(await within(pipeline).findByRole('button', { name: /^Correct actual/ }));
    const field = within(pipeline).getByLabelText('Actual for the review of 7 Dec 2026');
    expect(field).toHaveValue('1350000');
    await seeded.user.clear(field);
    await seeded.user.type(field, '1400000{Enter}');
    await waitFor(() => expect(within(pipeline).getByTestId('kpi-actual')).toHaveTextContent('€1,400,000'));
    expect(seeded.store.rows(GTM_KPI_MEASUREMENTS_LIST).filter((r) => onDay(r.values.GtmCycle, '2026-12-07'))).toHaveLength(1);
  });

  it('refuses text that is not a number on the field, saving nothing and keeping what was typed', async () => {
    const seeded = await renderSeeded();
    const cycleLength = card('Sales cycle length');
    await seeded.user.click(within(cycleLength).getByRole('button', { name: /^Enter actual/ }));
    const field = within(cycleLength).getByLabelText('Actual for the review of 7 Dec 2026');
    await seeded.user.type(field, 'about forty{Enter}');
    expect(await within(cycleLength).findByText('“about forty” is not a number in en-US (decimals take “.”, thousands “,”): type it like 1,234.5. Enter the actual in days.')).toBeInTheDocument();
    expect(field).toHaveValue('about forty');
    expect(seeded.store.rows(GTM_KPI_MEASUREMENTS_LIST)).toHaveLength(5);
  });

  it('opens the conflict dialog when someone else changed the value, and "Apply mine again" saves mine over their new version', async () => {
    const seeded = await renderSeeded();
    const pipeline = card('Qualified pipeline');
    await seeded.user.click(within(pipeline).getByRole('button', { name: /^Enter actual/ }));
    await seeded.user.type(within(pipeline).getByLabelText('Actual for the review of 7 Dec 2026'), '1350000{Enter}');
    await within(pipeline).findByRole('button', { name: /^Correct actual/ });
    const row = decemberRow(seeded, seeded.ids.kpis.pipeline ?? '');
    seeded.store.touch(GTM_KPI_MEASUREMENTS_LIST, row?.id ?? 0, { GtmValue: 1_420_000, GtmRecordedByEmail: 'ana.silva@contoso.example', GtmRecordedByName: 'Ana Silva' });

    await seeded.user.click(within(pipeline).getByRole('button', { name: /^Correct actual/ }));
    const field = within(pipeline).getByLabelText('Actual for the review of 7 Dec 2026');
    await seeded.user.clear(field);
    await seeded.user.type(field, '1380000{Enter}');

    const dialog = await screen.findByTestId('conflict-dialog');
    const valueRow = within(dialog).getByRole('rowheader', { name: 'Actual for the review of 7 Dec 2026' }).closest('tr');
    expect(valueRow).toHaveTextContent('€1,380,000€1,420,000');
    expect(within(dialog).getByRole('rowheader', { name: 'Recorded by' }).closest('tr')).toHaveTextContent('Alex MorganAna Silva');
    expect(decemberRow(seeded, seeded.ids.kpis.pipeline ?? '')?.values.GtmValue).toBe(1_420_000);

    await seeded.user.click(screen.getByRole('button', { name: 'Apply mine again' }));
    await waitFor(() => expect(decemberRow(seeded, seeded.ids.kpis.pipeline ?? '')?.values.GtmValue).toBe(1_380_000));
    expect(within(pipeline).getByTestId('kpi-actual')).toHaveTextContent('€1,380,000');
  });

  it('"Reload theirs" shows their value and drops mine', async () => {
    const seeded = await renderSeeded();
    const pipeline = card('Qualified pipeline');
    await seeded.user.click(within(pipeline).getByRole('button', { name: /^Enter actual/ }));
    // Someone else reports the cycle's value after this page loaded: adding a second one would break "one per cycle".
    await seeded.repositories.measurements.add([{ kpiId: seeded.ids.kpis.pipeline ?? '', cycle: '2026-12-07', value: 1_250_000 }]);
    await seeded.user.type(within(pipeline).getByLabelText('Actual for the review of 7 Dec 2026'), '1350000{Enter}');
    expect(await screen.findByTestId('conflict-dialog')).toHaveTextContent('€1,350,000€1,250,000');
    await seeded.user.click(screen.getByRole('button', { name: 'Reload theirs' }));
    await waitFor(() => expect(within(card('Qualified pipeline')).getByTestId('kpi-actual')).toHaveTextContent('€1,250,000'));
    expect(seeded.store.rows(GTM_KPI_MEASUREMENTS_LIST).filter((r) => onDay(r.values.GtmCycle, '2026-12-07'))).toHaveLength(1);
  });
});

describe('ControlPlane: follow-up actions', () => {
  it('shows each missing required field on the field and adds nothing', async () => {
    const seeded = await renderSeeded();
    const form = screen.getByRole('form', { name: 'Add a follow-up action' });
    await seeded.user.click(within(form).getByRole('button', { name: 'Add action' }));
    expect(within(form).getByText('Say what will be done, e.g. “Send the revised pricing deck to Sales”.')).toBeInTheDocument();
    expect(within(form).getByText('Choose a due date.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^New action/)).toHaveAttribute('aria-invalid', 'true');
    expect(seeded.store.rows(GTM_ACTIONS_LIST)).toHaveLength(4);
  });

  it('refuses a due date in the past (21 Nov when today is 22 Nov) and keeps the title typed', async () => {
    const seeded = await renderSeeded();
    const form = screen.getByRole('form', { name: 'Add a follow-up action' });
    await seeded.user.type(within(form).getByLabelText(/^New action/), 'Call the top 10 stalled accounts');
    await seeded.user.type(within(form).getByRole('combobox', { name: /^Due date/ }), '2026-11-21');
    await seeded.user.click(within(form).getByRole('button', { name: 'Add action' }));
    expect(within(form).getByText('The due date is in the past: choose today or later.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^New action/)).toHaveValue('Call the top 10 stalled accounts');
    expect(seeded.store.rows(GTM_ACTIONS_LIST)).toHaveLength(4);
  });

  it('adds an action owned by the signed-in user, recorded against the last review (16 Nov), and lists it', async () => {
    const seeded = await renderSeeded();
    const form = screen.getByRole('form', { name: 'Add a follow-up action' });
    await seeded.user.type(within(form).getByLabelText(/^New action/), 'Call the top 10 stalled accounts');
    await seeded.user.type(within(form).getByRole('combobox', { name: /^Due date/ }), '2026-12-04');
    await seeded.user.click(within(form).getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(screen.getAllByTestId('action-row')).toHaveLength(4));
    const added = seeded.store.rows(GTM_ACTIONS_LIST)[4];
    expect(added?.values).toMatchObject({
      Title: 'Call the top 10 stalled accounts',
      GtmOwner: expect.objectContaining({ email: 'alex.morgan@contoso.example' }),
      GtmDueDate: expect.stringMatching(/^2026-12-04/),
      GtmStatus: 'Open',
      GtmReview: Number(seeded.ids.reviews.november),
    });
    expect(within(form).getByLabelText(/^New action/)).toHaveValue('');
  });

  it('gives the action to a person picked from the directory: "okaf" → Ben Okafor, stored with his name', async () => {
    const seeded = await renderSeeded();
    const form = screen.getByRole('form', { name: 'Add a follow-up action' });
    await seeded.user.type(within(form).getByLabelText(/^New action/), 'Book the partner venue');
    const owner = within(form).getByRole('combobox', { name: 'Owner' });
    await seeded.user.clear(owner);
    await seeded.user.type(owner, 'okaf');
    await seeded.user.click(await screen.findByRole('option', { name: /^Ben Okafor \(ben\.okafor@contoso\.example\)/ }));
    await seeded.user.type(within(form).getByRole('combobox', { name: /^Due date/ }), '2026-12-04');
    await seeded.user.click(within(form).getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(seeded.store.rows(GTM_ACTIONS_LIST)).toHaveLength(5));
    expect(seeded.store.rows(GTM_ACTIONS_LIST)[4]?.values).toMatchObject({ Title: 'Book the partner venue', GtmOwner: { email: 'ben.okafor@contoso.example', displayName: 'Ben Okafor' } });
  });

  it('gives the action to a colleague the lists do not name yet, found in the directory: "noor" → Noor Haddad', async () => {
    const seeded = await renderSeeded();
    const form = screen.getByRole('form', { name: 'Add a follow-up action' });
    await seeded.user.type(within(form).getByLabelText(/^New action/), 'Brief the new AE');
    const owner = within(form).getByRole('combobox', { name: 'Owner' });
    await seeded.user.clear(owner);
    await seeded.user.type(owner, 'noor');
    await seeded.user.click(await screen.findByRole('option', { name: /^Noor Haddad \(noor\.haddad@contoso\.example\)/ }));
    await seeded.user.type(within(form).getByRole('combobox', { name: /^Due date/ }), '2026-12-04');
    await seeded.user.click(within(form).getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(seeded.store.rows(GTM_ACTIONS_LIST)).toHaveLength(5));
    expect(seeded.store.rows(GTM_ACTIONS_LIST)[4]?.values).toMatchObject({ Title: 'Brief the new AE', GtmOwner: { email: 'noor.haddad@contoso.example', displayName: 'Noor Haddad' } });
    expect(screen.getByText('Brief the new AE')).toBeInTheDocument();
  });

  it('cannot save an owner typed but not picked: "new.hire@contoso.example" adds nothing, says why and keeps the title', async () => {
    const seeded = await renderSeeded();
    const form = screen.getByRole('form', { name: 'Add a follow-up action' });
    await seeded.user.type(within(form).getByLabelText(/^New action/), 'Brief the new AE');
    const owner = within(form).getByRole('combobox', { name: 'Owner' });
    await seeded.user.clear(owner);
    await seeded.user.type(owner, 'new.hire@contoso.example');
    await seeded.user.type(within(form).getByRole('combobox', { name: /^Due date/ }), '2026-12-04');
    await seeded.user.click(within(form).getByRole('button', { name: 'Add action' }));
    expect(await within(form).findByText('Pick a person from the list: “new.hire@contoso.example” is not a directory user.')).toBeInTheDocument();
    expect(owner).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText(/^New action/)).toHaveValue('Brief the new AE');
    expect(seeded.store.rows(GTM_ACTIONS_LIST)).toHaveLength(4);
  });

  it('keeps the form as typed and says why when SharePoint refuses the add (403)', async () => {
    const seeded = await renderSeeded();
    const form = screen.getByRole('form', { name: 'Add a follow-up action' });
    await seeded.user.type(within(form).getByLabelText(/^New action/), 'Call the top 10 stalled accounts');
    await seeded.user.type(within(form).getByRole('combobox', { name: /^Due date/ }), '2026-12-04');
    seeded.store.failNext(new ListStoreError('GTM Actions: Access denied. You do not have permission to perform this action.', 403));
    await seeded.user.click(within(form).getByRole('button', { name: 'Add action' }));
    expect(await within(form).findByText('The action was not added: You do not have permission to edit the GTM Actions. Ask a site owner for edit access, then save again.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^New action/)).toHaveValue('Call the top 10 stalled accounts');
  });

  it('marks an action done: stored as Done and gone from the open list', async () => {
    const seeded = await renderSeeded();
    await seeded.user.click(screen.getByRole('button', { name: 'Mark “Draft the Q1 plan” done' }));
    await waitFor(() => expect(screen.queryByText('Draft the Q1 plan')).not.toBeInTheDocument());
    const stored = seeded.store.rows(GTM_ACTIONS_LIST).find((r) => r.id === Number(seeded.ids.actions.plan));
    expect(stored?.values.GtmStatus).toBe('Done');
    expect(screen.getByRole('heading', { name: /Follow-up actions/ })).toHaveTextContent('2 open, 1 overdue');
  });

  it('does not overwrite an action someone else changed: the dialog shows both, and theirs (already Dropped) stays', async () => {
    const seeded = await renderSeeded();
    seeded.store.touch(GTM_ACTIONS_LIST, Number(seeded.ids.actions.deck), { GtmStatus: 'Dropped' });
    await seeded.user.click(screen.getByRole('button', { name: 'Mark “Send the revised pricing deck” done' }));
    const dialog = await screen.findByTestId('conflict-dialog');
    expect(within(dialog).getByRole('rowheader', { name: 'Status' }).closest('tr')).toHaveTextContent('DoneDropped');
    await seeded.user.click(screen.getByRole('button', { name: 'Apply mine again' }));
    // The rule: a closed action stays closed, so "mine again" is refused with the reason.
    expect(await screen.findByText('Action "Send the revised pricing deck" is already dropped; only an open action can be marked done')).toBeInTheDocument();
    expect(seeded.store.rows(GTM_ACTIONS_LIST).find((r) => r.id === Number(seeded.ids.actions.deck))?.values.GtmStatus).toBe('Dropped');
  });
});
