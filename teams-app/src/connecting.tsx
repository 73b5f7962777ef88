/**
 * What a page shows while it connects to Teams: "Connecting to Teams…" while a framed page waits
 * (a real client can take several seconds), and a message that says what to do when Teams never
 * answers — never a silent fall-back to standalone inside a meeting.
 * Part of every page's first chunk (src/start-page.tsx), so it draws with Fluent's Spinner, Stack
 * and Text only: a MessageBar would bring Fluent's buttons and menus before anything is drawn.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { TabHost } from './host/host-types';

export function ConnectingToTeams({ label = 'Connecting to Teams…' }: { label?: string }): React.ReactElement {
  return (
    <Stack styles={{ root: { padding: 16 } }}>
      <Spinner label={label} />
    </Stack>
  );
}

/** An error the page cannot go on from, in the colours of Fluent's error MessageBar (#a4262c on #fde7e9: 6.1:1). */
export function PageProblem({ message }: { message: string }): React.ReactElement {
  return (
    <Stack styles={{ root: { padding: 16 } }}>
      <Text role="alert" styles={{ root: { display: 'block', padding: '8px 12px', background: '#fde7e9', color: '#a4262c' } }}>
        {message}
      </Text>
    </Stack>
  );
}

/**
 * Connects (`connect`: src/host/connect-host.ts's connectHost, loaded as a chunk), showing the waiting
 * state in `root` when the page is framed; null (with the message shown) when Teams did not answer.
 */
export async function connectShowingStatus(root: HTMLElement, framed: boolean, connect: () => Promise<TabHost>): Promise<TabHost | null> {
  if (framed) ReactDOM.render(<ConnectingToTeams />, root);
  try {
    return await connect();
  } catch (error) {
    ReactDOM.render(<PageProblem message={error instanceof Error ? error.message : String(error)} />, root);
    return null;
  }
}
