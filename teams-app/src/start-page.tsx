/**
 * How every page of the tab starts (index.html, config.html). Its entry holds only this and the
 * connecting spinner (React and a few Fluent components); the rest are dynamic `import()`s esbuild
 * puts in chunks, all fetched at once: connecting to Teams (teams-js, src/host/connect-host.ts)
 * and the page's own code (`load`: the review or the configuration page, never both). So a framed
 * page draws "Connecting to Teams…" after a fraction of its script, and downloads the view while
 * Teams answers `app.initialize()`.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { connectShowingStatus, ConnectingToTeams, PageProblem } from './connecting';
import type { TabHost } from './host/host-types';

/** A page's own code: draws into `root` once the host is known. */
export interface PageView {
  start(root: HTMLElement, host: TabHost): void | Promise<void>;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const unloadable = (error: unknown): string => `The tab's code could not be loaded (${reasonOf(error)}). Check the connection and reload the tab.`;

export async function startPage(page: string, load: () => Promise<PageView>, win: Window = window): Promise<void> {
  const root = win.document.getElementById('root');
  if (!root) throw new Error(`${page} has no #root element`);
  let arrived = false;
  const view = load().then((v) => {
    arrived = true;
    return v;
  });
  // Awaited after connecting: until then a failed download must not count as unhandled.
  view.catch(() => undefined);
  // As connect-host's isFramed (a page Teams shows is always framed), without loading teams-js first.
  const framed = win.self !== win.top;
  // Framed, connectShowingStatus draws "Connecting to Teams…"; outside a frame there is nothing to wait for but the code.
  if (!framed) ReactDOM.render(<ConnectingToTeams label="Loading…" />, root);
  const host = await connectShowingStatus(root, framed, async () => {
    let connectHost: typeof import('./host/connect-host').connectHost;
    try {
      ({ connectHost } = await import('./host/connect-host'));
    } catch (error) {
      throw new Error(unloadable(error));
    }
    return connectHost(win);
  });
  if (!host) return;
  if (!arrived) ReactDOM.render(<ConnectingToTeams label="Loading…" />, root);
  let loaded: PageView;
  try {
    loaded = await view;
  } catch (error) {
    ReactDOM.render(<PageProblem message={unloadable(error)} />, root);
    return;
  }
  await loaded.start(root, host);
}
