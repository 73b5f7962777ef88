/** @jest-environment jsdom */
/**
 * How a page starts: its view (a chunk) is asked for at once, before connecting; once both are in,
 * the view draws with the host. A view that fails to download leaves a message saying what to do.
 */
import '@testing-library/jest-dom';
import { screen, waitFor } from '@testing-library/react';
import type { TabHost } from './host/host-types';
import { startPage } from './start-page';

beforeAll(() => {
  // teams-js asks its CDN for the valid origins when it loads; jsdom has no fetch (TOOLCHAIN.md).
  globalThis.fetch = jest.fn(() => Promise.reject(new Error('offline in the test')));
});

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
});

it('draws "Loading…" and asks for the view before connecting, then starts it with the host (standalone outside a frame)', async () => {
  const started: TabHost[] = [];
  const load = jest.fn(async () => ({ start: (_root: HTMLElement, host: TabHost) => void started.push(host) }));
  const starting = startPage('index.html', load);
  expect(load).toHaveBeenCalledTimes(1);
  // Drawn at once, before connect-host's chunk (teams-js) is in.
  expect(screen.getByText('Loading…')).toBeInTheDocument();
  await starting;
  expect(started.map((h) => h.context.mode)).toEqual(['standalone']);
});

it('says the code could not be loaded when the view chunk fails, and starts nothing', async () => {
  await startPage('index.html', () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
  await waitFor(() =>
    expect(screen.getByRole('alert')).toHaveTextContent(
      "The tab's code could not be loaded (Failed to fetch dynamically imported module). Check the connection and reload the tab.",
    ),
  );
});
