/** @jest-environment jsdom */
/**
 * The side panel's Share to stage: offered when Teams allows it, shares the stage URL, and says
 * why when it is not allowed or fails.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { StageSharing } from '../host/host-types';
import { NOT_ALLOWED, ShareToStage } from './ShareToStage';

const STAGE = 'https://gtm.contoso.example/teams/index.html?site=root';

function sharing(allowed: boolean | Error, share: (url: string) => Promise<void> = async () => undefined): StageSharing & { shared: string[] } {
  const shared: string[] = [];
  return {
    shared,
    canShare: () => (allowed instanceof Error ? Promise.reject(allowed) : Promise.resolve(allowed)),
    share: (url) => {
      shared.push(url);
      return share(url);
    },
  };
}

test('when Teams allows it, "Share to stage" is offered and a click shares the stage URL once', async () => {
  const port = sharing(true);
  render(<ShareToStage sharing={port} stageUrl={STAGE} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Share to stage' }));
  expect(await screen.findByText('On the stage for everyone in the meeting.')).toBeTruthy();
  expect(port.shared).toEqual([STAGE]);
});

test('when Teams says this user may not share, no button and one line saying who can', async () => {
  render(<ShareToStage sharing={sharing(false)} stageUrl={STAGE} />);
  expect(await screen.findByText(NOT_ALLOWED)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Share to stage' })).toBeNull();
});

test('a failed share shows its message and keeps the button for another try', async () => {
  render(<ShareToStage sharing={sharing(true, () => Promise.reject(new Error('Teams could not share the review to the stage (error 500). Try again, or reload the tab.')))} stageUrl={STAGE} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Share to stage' }));
  expect(await screen.findByText('Teams could not share the review to the stage (error 500). Try again, or reload the tab.')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Share to stage' })).toBeTruthy();
});

test('a failed capability check shows its message and offers no button', async () => {
  render(<ShareToStage sharing={sharing(new Error('Teams did not say whether you may share to the stage. Reload the tab to try again.'))} stageUrl={STAGE} />);
  expect(await screen.findByText('Teams did not say whether you may share to the stage. Reload the tab to try again.')).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});
