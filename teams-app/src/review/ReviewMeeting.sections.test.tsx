/** @jest-environment jsdom */
/**
 * The meeting steps through the five agenda sections: a KPI table with figures by unit (€705K
 * against €1.2M in the narrow side panel), the on-track KPIs as one line, each section's timebox and the minutes spent
 * on it, and a decision recorded against the section or against the item selected in it.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import type { Kpi } from '@gtm/shared';
import { createMemoryListStore, GTM_REVIEWS_LIST, listPeopleSearch } from '@gtm/shared';
import { createReviewGateway } from '../data/review-gateway';
import { fakeTeams } from './fake-teams.fixture';
import type { OutboxStorage } from './local-outbox';
import type { AgendaData } from './review-backend';
import { ReviewMeeting } from './ReviewMeeting';
import { followNothing } from './review-sync';

setIconOptions({ disableWarnings: true });

const elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
const place = { teamId: 'team-1', channelId: 'channel-1' };
const kpi = (id: string, title: string, unit: Kpi['unit'], target: number, amber: number, red: number): Kpi => ({
  id, title, area: 'pipeline-generation', owner: elena, unit, direction: 'higher', target, amberThreshold: amber, redThreshold: red,
});
const data: AgendaData = {
  kpis: [kpi('pipeline', 'Pipeline generated', 'currency', 1_200_000, 1_000_000, 800_000), kpi('win', 'Win rate', 'percent', 28, 25, 20), kpi('mqls', 'MQLs', 'count', 90, 80, 60)],
  measurements: [
    { kpiId: 'pipeline', cycle: '2026-11-16', value: 810_000 },
    { kpiId: 'pipeline', cycle: '2026-12-07', value: 705_000 },
    { kpiId: 'win', cycle: '2026-12-07', value: 29.5 },
    { kpiId: 'mqls', cycle: '2026-12-07', value: 95 },
  ],
  risks: [], accounts: [], actions: [], lastReview: null,
  attendeeOptions: { from: 'circle', people: [elena], note: null }, invalid: [],
};

function memoryStorage(): OutboxStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

describe('stepping through the review by section', () => {
  let clock = 0;
  let storage = memoryStorage();
  let store = createMemoryListStore();
  beforeEach(async () => {
    storage = memoryStorage();
    store = createMemoryListStore();
    jest.useFakeTimers();
    clock = 0;
    let id = 0;
    render(
      <ReviewMeeting
        data={data} backend={createReviewGateway({ store, graph: fakeTeams(), place })}
        people={listPeopleSearch([])}
        today="2026-12-07" place={place} frame="sidePanel" me={elena} storage={storage} follow={followNothing}
        newId={() => `id-${++id}`} now={() => clock} pollMs={0}
      />,
    );
    // The review is open in SharePoint (its item In progress) before each test starts.
    await screen.findByTestId('record-against');
  });
  afterEach(() => jest.useRealTimers());

  it('opens on "1. KPI review" with 4 + 1 = 5 minutes: Pipeline off track at €705K against €1.2M with its thresholds (short in the side panel), "2 on track"', () => {
    expect(screen.getByTestId('current-section')).toHaveTextContent('1. KPI review');
    expect(screen.getByRole('progressbar', { name: 'Timebox 5 min · 0 min spent' })).toBeInTheDocument();
    const rows = within(screen.getByTestId('kpi-table')).getAllByRole('row').slice(1).map((r) => r.textContent);
    // Under the target, the edges that decide "Off track" (short in the side panel too).
    expect(rows[0]).toMatch(/^Pipeline generated€705K€1\.2Mon track ≥ €1M · at risk > €800KOff track/);
    expect(rows[1]).toMatch(/^2 on track/);
    expect(rows).toHaveLength(2);
    const sections = within(screen.getByRole('navigation', { name: 'Agenda' })).getAllByRole('button');
    expect(sections.map((b) => b.textContent?.replace(/ \(.*\)/, ''))).toEqual([
      '1. KPI review5 min', '2. Risks0 min', '3. MQA sync0 min', '4. Open and overdue actions0 min', '5. Deep dives0 min',
    ]);
  });

  it('counts 6 minutes spent after 6 minutes on the KPIs, over the 5-minute timebox, and keeps them after moving on', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    clock = 6 * 60_000;
    act(() => void jest.advanceTimersByTime(15_000));
    expect(screen.getByRole('progressbar', { name: 'Timebox 5 min · 6 min spent · over time' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next section' }));
    expect(screen.getByTestId('current-section')).toHaveTextContent('2. Risks');
    expect(screen.getByText('Nothing to discuss in this section.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^1\. KPI review/ })).toHaveTextContent('6 / 5 min');
    expect(screen.getByRole('button', { name: /^2\. Risks/ })).toHaveAttribute('aria-current', 'step');
  });

  it('records a decision against the section, then one against the KPI selected in it, each in SharePoint at once', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    // The forms appear once the review is open in SharePoint (a GTM Reviews item, in progress).
    expect(await screen.findByTestId('record-against')).toHaveTextContent('Recording against: KPI review (select an item above to record against it)');
    await user.type(screen.getByRole('textbox', { name: 'Decision' }), 'Keep the targets');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    await user.click(screen.getByRole('button', { name: 'Pipeline generated' }));
    expect(screen.getByRole('button', { name: 'Pipeline generated' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('record-against')).toHaveTextContent('Recording against: KPI review › Pipeline generated');
    await user.type(screen.getByRole('textbox', { name: 'Decision' }), 'Move 10% of the events budget to paid search');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    const items = within(screen.getByTestId('captured')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Decision: Keep the targets', 'Decision: Move 10% of the events budget to paid search (Pipeline generated)']);
    await waitFor(() => expect(screen.queryByTestId('unsaved-captures')).not.toBeInTheDocument());
    const values = store.rows(GTM_REVIEWS_LIST)[0]?.values;
    expect(values?.GtmReviewStatus).toBe('In progress');
    const saved = (JSON.parse(String(values?.GtmMeetingRecord)) as { decisions: { about: { key: string; section: { key: string } } }[] }).decisions;
    expect(saved.map((d) => `${d.about.key}@${d.about.section.key}`)).toEqual(['section:kpi-review@kpi-review', 'kpi:pipeline@kpi-review']);
    // Nothing captured is kept in the browser: the outbox holds only the position and End review's progress.
    expect([...storage.map.values()].some((v) => v.includes('Keep the targets'))).toBe(false);
  });
});
