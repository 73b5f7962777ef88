/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';
import { GTM_KPIS_LIST } from '@gtm/shared';
import { ControlPlane } from './ControlPlane';
import { fixedEnv, seedControlPlane } from './control-plane.fixture';
import { directorySearch } from '../common/directory.fixture';

setIconOptions({ disableWarnings: true });

async function renderSeeded(options: { kpiTitle?: string } = {}) {
  const seeded = await seedControlPlane(options);
  render(<ControlPlane env={seeded.env} repositories={seeded.repositories} peopleSearch={directorySearch} />);
  await screen.findByTestId('control-plane');
  return seeded;
}

function card(title: string): HTMLElement {
  return screen.getByRole('article', { name: title });
}

describe('ControlPlane', () => {
  it('shows a loading state, then the KPIs grouped by area in the domain order', async () => {
    const seeded = await seedControlPlane();
    render(<ControlPlane env={seeded.env} repositories={seeded.repositories} peopleSearch={directorySearch} />);
    expect(screen.getByText('Loading the GTM Control Plane…')).toBeInTheDocument();
    await screen.findByTestId('control-plane');
    const areas = screen.getAllByTestId('kpi-area');
    expect(areas.map((a) => a.getAttribute('data-area'))).toEqual(['pipeline-generation', 'deal-progression', 'customer-success']);
    expect(within(areas[0]!).getAllByTestId('kpi-card').map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'MQAs per cycle',
      'Qualified pipeline',
    ]);
    expect(within(areas[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('Pipeline generation · 2 KPIs: 1 at risk, 1 on track');
  });

  it('labels each status in words from the thresholds: 1,200,000 at risk, 46 days off track, 21 on track, nothing = no data', async () => {
    await renderSeeded();
    expect(within(card('Qualified pipeline')).getByTestId('kpi-status')).toHaveTextContent('At risk');
    expect(within(card('Sales cycle length')).getByTestId('kpi-status')).toHaveTextContent('Off track');
    expect(within(card('MQAs per cycle')).getByTestId('kpi-status')).toHaveTextContent('On track');
    expect(within(card('Net revenue retention')).getByTestId('kpi-status')).toHaveTextContent('No data');
  });

  it('shows actual vs target and the trend: pipeline went 1,100,000 → 1,200,000 (improving), cycle length 40 → 46 days (worsening)', async () => {
    await renderSeeded();
    const pipeline = card('Qualified pipeline');
    expect(within(pipeline).getByTestId('kpi-actual')).toHaveTextContent('€1,200,000');
    expect(pipeline).toHaveTextContent('target €1,500,000');
    expect(within(pipeline).getByTestId('kpi-trend')).toHaveTextContent('Improving');
    expect(within(pipeline).getByRole('img')).toHaveAttribute(
      'aria-label',
      'Qualified pipeline, last 2 review cycles: 26 Oct 2026: €1,100,000; 16 Nov 2026: €1,200,000. Target €1,500,000. Trend: Improving.',
    );
    expect(within(card('Sales cycle length')).getByTestId('kpi-trend')).toHaveTextContent('Worsening');
    expect(within(card('MQAs per cycle')).getByTestId('kpi-trend')).toHaveTextContent('Not enough history');
  });

  it('dates the next GTM Review 21 days after the last one: 16 Nov → Monday 7 Dec 2026, in 15 days from 22 Nov', async () => {
    await renderSeeded();
    expect(screen.getByTestId('next-review')).toHaveTextContent('Next GTM Review: Monday 7 Dec 2026 (in 15 days)');
  });

  it('ranks the priorities 1…3 from their stored ranks 2, 5 and 9', async () => {
    await renderSeeded();
    const rows = within(screen.getByTestId('priority-list')).getAllByTestId('priority-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      '1Launch the cloud connectorBen OkaforPlanned',
      '2Win the financial services segmentAna SilvaIn progress',
      '3Refresh the partner programmeAna SilvaOn hold',
    ]);
  });

  it('marks an open action past due as overdue in words (due 19 Nov, today 22 Nov: 3 days), and one due today as due today', async () => {
    await renderSeeded();
    const rows = screen.getAllByTestId('action-row');
    expect(rows.map((r) => within(r).getByTestId('action-status').textContent)).toEqual(['Overdue by 3 days', 'Due today', 'Open']);
    expect(rows.map((r) => r.getAttribute('data-overdue'))).toEqual(['true', null, null]);
    expect(screen.getByRole('heading', { name: /Follow-up actions/ })).toHaveTextContent('3 open, 1 overdue');
  });

  it('hides closed actions until "Show closed actions" is on', async () => {
    await renderSeeded();
    expect(screen.queryByText('Retire the old lead form')).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('switch', { name: 'Show closed actions' }));
    expect(screen.getByText('Retire the old lead form')).toBeInTheDocument();
  });

  it('filters KPIs, priorities and actions by owner', async () => {
    await renderSeeded();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('owner-filter'));
    await user.click(screen.getByRole('option', { name: 'Ben Okafor' }));
    expect(screen.getAllByTestId('kpi-card').map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'MQAs per cycle',
      'Sales cycle length',
    ]);
    expect(within(screen.getByTestId('priority-list')).getAllByTestId('priority-row').map((r) => r.textContent)).toEqual([
      '1Launch the cloud connectorBen OkaforPlanned',
    ]);
    expect(screen.getAllByTestId('action-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('Book the partner webinar'),
    ]);
  });

  it('renders list text as text: a KPI titled <img src=x onerror=alert(1)> shows those characters and no image', async () => {
    const { container } = render(<div />);
    const seeded = await seedControlPlane({ kpiTitle: '<img src=x onerror=alert(1)>' });
    render(<ControlPlane env={seeded.env} repositories={seeded.repositories} peopleSearch={directorySearch} />, { container });
    expect(await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('offers a site owner "Create the GTM lists" when a list is missing, and loads once they exist', async () => {
    const seeded = await seedControlPlane();
    seeded.store.removeList(GTM_KPIS_LIST.title);
    const provisionLists = jest.fn(async () => seeded.store.restoreList(GTM_KPIS_LIST.title));
    render(<ControlPlane env={fixedEnv({ provisionLists })} repositories={seeded.repositories} peopleSearch={directorySearch} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Create the GTM lists' }));
    expect(provisionLists).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId('control-plane')).toBeInTheDocument();
    expect(screen.getAllByTestId('kpi-card')).toHaveLength(4);
  });

  it('tells a member to ask a site owner when a list is missing', async () => {
    const seeded = await seedControlPlane();
    seeded.store.removeList(GTM_KPIS_LIST.title);
    render(<ControlPlane env={fixedEnv({ canManageLists: false })} repositories={seeded.repositories} peopleSearch={directorySearch} />);
    expect(await screen.findByText(/Ask a site owner/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create the GTM lists' })).not.toBeInTheDocument();
  });

  it('reports a KPI row that does not validate by list and item id, and shows the others', async () => {
    const seeded = await seedControlPlane();
    const [badId] = seeded.store.seed(GTM_KPIS_LIST, [{ Title: 'Broken KPI', GtmArea: 'Brand', GtmOwner: { email: 'x@contoso.example', displayName: 'X' }, GtmUnit: 'count', GtmDirection: 'higher', GtmTarget: null, GtmAmberThreshold: 1, GtmRedThreshold: 0 }]);
    render(<ControlPlane env={seeded.env} repositories={seeded.repositories} peopleSearch={directorySearch} />);
    const message = await screen.findByTestId('invalid-rows');
    // Fluent's MessageBar renders its text a moment after mounting (so screen readers announce it).
    await waitFor(() => expect(message).toHaveTextContent(`1 item could not be read and is left out; fix them in the list:GTM KPIs, item ${badId}: GtmTarget: Invalid input: expected number, received null`));
    expect(screen.getAllByTestId('kpi-card')).toHaveLength(4);
  });

  it('says there are no KPIs yet when the list is empty', async () => {
    const seeded = await seedControlPlane();
    for (const row of seeded.store.rows(GTM_KPIS_LIST)) await seeded.repositories.kpis.delete([{ id: String(row.id), etag: row.etag }]);
    render(<ControlPlane env={seeded.env} repositories={seeded.repositories} peopleSearch={directorySearch} />);
    expect(await screen.findByText('No KPIs yet')).toBeInTheDocument();
  });
});
