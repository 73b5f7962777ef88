/**
 * What "End review" still has to write, with the last failure in words the user can act on.
 * Nothing listed here is lost: it is on this device and retried with backoff.
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';

export interface PendingPanelProps {
  steps: readonly string[];
  error: string | null;
  retryInSeconds: number | null;
  running: boolean;
  onRetry(): void;
}

export function PendingPanel({ steps, error, retryInSeconds, running, onRetry }: PendingPanelProps): React.ReactElement | null {
  if (steps.length === 0) return null;
  return (
    <MessageBar
      messageBarType={error ? MessageBarType.warning : MessageBarType.info}
      isMultiline
      actions={error && !running ? <DefaultButton text="Retry now" onClick={onRetry} /> : undefined}
    >
      <Stack tokens={{ childrenGap: 4 }}>
        <Text data-testid="pending-count">{steps.length} pending{running ? ' · saving…' : ''}</Text>
        {error ? <Text role="alert">{error}{retryInSeconds !== null ? ` Retrying in ${retryInSeconds} s.` : ''}</Text> : null}
        <ul aria-label="Pending steps">
          {steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </Stack>
    </MessageBar>
  );
}
