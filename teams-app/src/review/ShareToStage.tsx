/**
 * The side panel's "Share to stage": offered when Teams says this user may share
 * (`doesAppHaveSharePermission`), then opens the review's stage view for everyone in the meeting.
 * When sharing is not allowed or fails, one line says why and what to do.
 */
import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import type { StageSharing } from '../host/host-types';

export interface ShareToStageProps {
  sharing: StageSharing;
  /** The stage view's URL: the tab's own URL, which Teams opens in the meeting stage frame. */
  stageUrl: string;
}

type State =
  | { state: 'checking' }
  | { state: 'allowed' }
  | { state: 'sharing' }
  | { state: 'shared' }
  | { state: 'not-allowed' }
  | { state: 'failed'; message: string; canRetry: boolean };

/** Shown when Teams answers that this user may not share to the stage. */
export const NOT_ALLOWED =
  "You can't share to the stage from here: in a meeting only the organizer and presenters can, with a version of the GTM Review app that allows it. Ask the organizer to share it, or to make you a presenter.";

export function ShareToStage({ sharing, stageUrl }: ShareToStageProps): React.ReactElement {
  const [status, setStatus] = React.useState<State>({ state: 'checking' });
  React.useEffect(() => {
    let live = true;
    sharing.canShare().then(
      (allowed) => live && setStatus(allowed ? { state: 'allowed' } : { state: 'not-allowed' }),
      (error: unknown) => live && setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error), canRetry: false }),
    );
    return () => {
      live = false;
    };
  }, [sharing]);
  const share = (): void => {
    setStatus({ state: 'sharing' });
    sharing.share(stageUrl).then(
      () => setStatus({ state: 'shared' }),
      (error: unknown) => setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error), canRetry: true }),
    );
  };
  const offered = status.state === 'allowed' || status.state === 'sharing' || status.state === 'shared' || (status.state === 'failed' && status.canRetry);
  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="share-to-stage">
      {offered ? (
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }} wrap>
          <PrimaryButton text={status.state === 'sharing' ? 'Sharing…' : 'Share to stage'} disabled={status.state === 'sharing'} onClick={share} />
          {status.state === 'shared' ? <Text role="status">On the stage for everyone in the meeting.</Text> : null}
        </Stack>
      ) : null}
      {status.state === 'not-allowed' ? <MessageBar isMultiline>{NOT_ALLOWED}</MessageBar> : null}
      {status.state === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {status.message}
        </MessageBar>
      ) : null}
    </Stack>
  );
}
