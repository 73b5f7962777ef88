/**
 * What a page shows while it connects to Teams: "Connecting to Teams…" while a framed page waits
 * (a real client can take several seconds), and a message that says what to do when Teams never
 * answers — never a silent fall-back to standalone inside a meeting.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { MessageBar, MessageBarType, Spinner, Stack } from '@fluentui/react';
import { connectHost, isFramed } from './host/connect-host';
import type { TabHost } from './host/host-types';

export function ConnectingToTeams(): React.ReactElement {
  return (
    <Stack styles={{ root: { padding: 16 } }}>
      <Spinner label="Connecting to Teams…" />
    </Stack>
  );
}

export function TeamsUnreachable({ message }: { message: string }): React.ReactElement {
  return (
    <Stack styles={{ root: { padding: 16 } }}>
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        {message}
      </MessageBar>
    </Stack>
  );
}

/** Connects, showing the waiting state in `root`; null (with the message shown) when Teams did not answer. */
export async function connectShowingStatus(root: HTMLElement, win: Window = window, connect: typeof connectHost = connectHost): Promise<TabHost | null> {
  if (isFramed(win)) ReactDOM.render(<ConnectingToTeams />, root);
  try {
    return await connect(win);
  } catch (error) {
    ReactDOM.render(<TeamsUnreachable message={error instanceof Error ? error.message : String(error)} />, root);
    return null;
  }
}
