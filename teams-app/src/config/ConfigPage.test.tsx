/** @jest-environment jsdom */
/**
 * The configuration page: the organizer picks the team and then its channel from lists (Graph's
 * joined teams and channels); a failed list falls back to typing the id, saying why.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { TeamDirectory } from '../data/team-directory';
import { ConfigPage, type TabConfigValues } from './ConfigPage';

const directory = (overrides: Partial<TeamDirectory> = {}): TeamDirectory & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    joinedTeams: async () => [{ id: 'gtm-team', displayName: 'GTM' }, { id: '5d0f2c8e-7b1a-4c39-9e64-3f2a8b7c1d05', displayName: 'Product Marketing' }],
    channels: async (teamId) => {
      asked.push(teamId);
      return teamId === 'gtm-team' ? [{ id: '19:general-gtm@thread.tacv2', displayName: 'General' }, { id: 'gtm-review', displayName: 'GTM Review' }] : [{ id: '19:launches@thread.tacv2', displayName: 'Launches' }];
    },
    ...overrides,
  };
};

function renderPage(dir: TeamDirectory, initial: TabConfigValues = { site: 'root', team: '', channel: '' }): TabConfigValues[] {
  const seen: TabConfigValues[] = [];
  render(<ConfigPage initial={initial} directory={dir} onChange={(v, valid) => valid && seen.push(v)} />);
  return seen;
}

test('picking the team GTM, then its channel GTM Review, gives team gtm-team and channel gtm-review (the group id, no typing)', async () => {
  const dir = directory();
  const valid = renderPage(dir);
  fireEvent.click(await screen.findByRole('combobox', { name: /Team/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'GTM' }));
  fireEvent.click(await screen.findByRole('combobox', { name: /Channel/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'GTM Review' }));
  expect(valid.at(-1)).toEqual({ site: 'root', team: 'gtm-team', channel: 'gtm-review' });
  expect(dir.asked).toEqual(['gtm-team']);
});

test("another team lists its own channels and clears the channel picked before", async () => {
  const dir = directory();
  const valid = renderPage(dir, { site: 'root', team: 'gtm-team', channel: 'gtm-review' });
  fireEvent.click(await screen.findByRole('combobox', { name: /Team/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Product Marketing' }));
  fireEvent.click(await screen.findByRole('combobox', { name: /Channel/ }));
  expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Launches']);
  expect(valid.at(-1)).toEqual({ site: 'root', team: 'gtm-team', channel: 'gtm-review' }); // the only valid state so far
});

test('when the teams cannot be listed the page says why and offers the team id field instead', async () => {
  renderPage(directory({ joinedTeams: () => Promise.reject(new Error('403 Forbidden: no consent for Team.ReadBasic.All')) }));
  expect(await screen.findByText(/Could not list your teams: .*Team\.ReadBasic\.All.* Enter the team id instead\./)).toBeTruthy();
  expect(screen.getByRole('textbox', { name: /Team/ })).toBeTruthy();
});
