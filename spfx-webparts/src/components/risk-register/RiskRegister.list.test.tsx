/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { RiskRegister } from './RiskRegister';
import { riskRegisterFixture, riskWith } from './risk-register.fixture';
import { directorySearch } from '../common/directory.fixture';

setIconOptions({ disableWarnings: true });

async function renderRegister(extra: Parameters<typeof riskRegisterFixture>[0] = []) {
  const fixture = await riskRegisterFixture(extra);
  render(<RiskRegister env={fixture.env} repositories={fixture.repositories} peopleSearch={directorySearch} />);
  await screen.findByTestId('risk-list');
  return { ...fixture, user: userEvent.setup() };
}

const shownTitles = (): string[] => screen.getAllByTestId('risk-title').map((el) => el.textContent ?? '');
const cell = (likelihood: number, impact: number): HTMLElement => screen.getByTestId(`heat-cell-${likelihood}-${impact}`);

async function choose(user: ReturnType<typeof userEvent.setup>, dropdown: string, option: string): Promise<void> {
  // A Fluent Dropdown's accessible name is its label followed by the selected option.
  await user.click(screen.getByRole('combobox', { name: (name) => name.startsWith(`${dropdown} `) }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('the Risk Register list', () => {
  it('shows the 3 active risks, highest residual first (16, 10, 4), and hides the closed one', async () => {
    await renderRegister();
    expect(shownTitles()).toEqual(['Pipeline coverage below 3×', 'Competitor bundles detection', 'Negative reviews after outage']);
    expect(screen.getByTestId('risk-count')).toHaveTextContent('Showing 3 of 4 risks');
  });

  it('badges the risk whose monitoring KPI Win rate is off track, and only that one', async () => {
    await renderRegister();
    const badges = screen.getAllByTestId('triggered-badge');
    expect(badges).toHaveLength(1);
    expect(badges[0]).toHaveAccessibleName('Triggered: Win rate off track');
    expect(badges[0]?.closest('[role="row"]')).toHaveTextContent('Competitor bundles detection');
  });

  it('sorts by title A to Z when the Risk column header is clicked', async () => {
    const { user } = await renderRegister();
    await user.click(screen.getByText('Risk', { selector: 'span' }));
    expect(shownTitles()).toEqual(['Competitor bundles detection', 'Negative reviews after outage', 'Pipeline coverage below 3×']);
  });

  it('filters by category, owner, rating and status, and clears them all', async () => {
    const { user } = await renderRegister();
    await choose(user, 'Category', 'Brand perception');
    expect(shownTitles()).toEqual(['Negative reviews after outage']);
    await choose(user, 'Status', 'All statuses');
    expect(shownTitles()).toEqual(['Negative reviews after outage', 'Outdated case studies']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await choose(user, 'Owner', 'Gina Moretti');
    expect(shownTitles()).toEqual(['Pipeline coverage below 3×']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await choose(user, 'Rating (residual)', 'High');
    expect(shownTitles()).toEqual(['Pipeline coverage below 3×', 'Competitor bundles detection']);
  });

  it('searches titles as the user types, and says when nothing matches', async () => {
    const { user } = await renderRegister();
    await user.type(screen.getByRole('searchbox', { name: 'Search risks' }), 'outage');
    expect(shownTitles()).toEqual(['Negative reviews after outage']);
    await user.type(screen.getByRole('searchbox', { name: 'Search risks' }), ' nothing like this');
    expect(screen.getByRole('heading', { name: 'No risks match these filters' })).toBeInTheDocument();
  });

  it('renders a title full of HTML as those characters, with no image element created', async () => {
    const title = '<img src=x onerror=alert(1)>';
    await renderRegister([riskWith(title, { residual: { likelihood: 5, impact: 5 }, inherent: { likelihood: 5, impact: 5 } })]);
    expect(screen.getByText(title)).toBeInTheDocument();
    expect(screen.getByTestId('risk-list').querySelector('img')).toBeNull();
  });
});

describe('the heat map', () => {
  it('counts the active risks by residual position: 1 at 4 / 4, 1 at 2 / 5, 1 at 2 / 2', async () => {
    await renderRegister();
    expect(cell(4, 4)).toHaveAccessibleName('Likelihood 4, Impact 4: 1 risk');
    expect(cell(2, 5)).toHaveTextContent('1');
    expect(cell(2, 2)).toHaveTextContent('1');
    expect(cell(1, 2)).toHaveAccessibleName('Likelihood 1, Impact 2: 0 risks'); // the closed risk is not counted
  });

  it('counts 2 risks at inherent 4 / 5 once switched to inherent', async () => {
    const { user } = await renderRegister();
    await user.click(screen.getByRole('radio', { name: 'Inherent (before mitigation)' }));
    expect(cell(4, 5)).toHaveAccessibleName('Likelihood 4, Impact 5: 2 risks');
    expect(cell(3, 3)).toHaveAccessibleName('Likelihood 3, Impact 3: 1 risk');
  });

  it('filters the list to a cell when clicked, and clears the filter when clicked again', async () => {
    const { user } = await renderRegister();
    await user.click(screen.getByRole('radio', { name: 'Inherent (before mitigation)' }));
    await user.click(cell(4, 5));
    expect(cell(4, 5)).toHaveAttribute('aria-pressed', 'true');
    expect(shownTitles()).toEqual(['Pipeline coverage below 3×', 'Competitor bundles detection']);
    await user.click(cell(4, 5));
    expect(shownTitles()).toHaveLength(3);
  });

  it('counts only what the other filters let through: category Market positioning leaves 1 at residual 2 / 5', async () => {
    const { user } = await renderRegister();
    await choose(user, 'Category', 'Market positioning');
    expect(cell(2, 5)).toHaveTextContent('1');
    expect(cell(4, 4)).toHaveTextContent('0');
    expect(within(screen.getByTestId('risk-heat-map')).getByText(/1 risk on the map/)).toBeInTheDocument();
  });
});
