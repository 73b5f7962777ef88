/**
 * The captures not yet in SharePoint: "Saving…" while they are written, and when a write failed
 * the reason, the next retry and "Retry now". They are shown in the meeting meanwhile; End review
 * waits for them. Nothing is listed once SharePoint has everything.
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import type { PendingCapture } from './use-review-record';

export interface UnsavedCapturesProps {
  pending: readonly PendingCapture[];
  retryInSeconds: number | null;
  onRetry(): void;
}

export function UnsavedCaptures({ pending, retryInSeconds, onRetry }: UnsavedCapturesProps): React.ReactElement | null {
  if (pending.length === 0) return null;
  const error = pending.find((p) => p.error !== null)?.error ?? null;
  return (
    <MessageBar
      messageBarType={error ? MessageBarType.warning : MessageBarType.info}
      isMultiline
      actions={error ? <DefaultButton text="Retry now" onClick={onRetry} /> : undefined}
    >
      <Stack tokens={{ childrenGap: 4 }} data-testid="unsaved-captures">
        <Text>{error ? `${pending.length} not saved to SharePoint yet` : `Saving ${pending.length} to SharePoint…`}</Text>
        {error ? <Text role="alert">{error}{retryInSeconds !== null ? ` Retrying in ${retryInSeconds} s.` : ''}</Text> : null}
        <ul aria-label="Not saved yet">
          {pending.map((p) => (
            <li key={p.id}>{p.label}</li>
          ))}
        </ul>
      </Stack>
    </MessageBar>
  );
}
