/**
 * "End review" asks first, saying exactly what will happen: the channel the summary goes to, the
 * people invited to the next review, its date and time in the organizer's zone (Graph
 * mailboxSettings), and how many decisions, actions and closed actions the summary carries.
 * Cancel (or Escape) does nothing; only "End review and post" runs it.
 */
import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text } from '@fluentui/react';
import type { Person } from '@gtm/shared';
import { describeError } from './error-message';
import type { EndReviewTarget } from './review-backend';
import { reviewDay } from './summary';

export interface EndReviewDialogProps {
  /** Reads the channel's name and the organizer's zone when the dialog opens. */
  loadTarget(): Promise<EndReviewTarget>;
  attendees: readonly Person[];
  nextDate: string;
  counts: { decisions: number; actions: number; closed: number; deepDives: number };
  /** Captures not yet in SharePoint: End review waits until they are. */
  unsaved: number;
  onCancel(): void;
  onConfirm(target: EndReviewTarget): void;
}

type Load = { state: 'loading' } | { state: 'ready'; target: EndReviewTarget } | { state: 'error'; message: string };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function EndReviewDialog(props: EndReviewDialogProps): React.ReactElement {
  const [load, setLoad] = React.useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const { loadTarget } = props;
  React.useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    loadTarget().then(
      (target) => live && setLoad({ state: 'ready', target }),
      (e: unknown) => live && setLoad({ state: 'error', message: describeError(e) }),
    );
    return () => {
      live = false;
    };
  }, [loadTarget, attempt]);

  const { counts } = props;
  const names = props.attendees.map((p) => p.displayName ?? p.email);
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onCancel}
      dialogContentProps={{ type: DialogType.normal, title: 'End the review?' }}
      modalProps={{ isBlocking: true }}
      minWidth={360}
      maxWidth={560}
    >
      <Stack tokens={{ childrenGap: 8 }} data-testid="end-review-dialog">
        {load.state === 'loading' ? <Spinner label="Reading the channel and your time zone…" /> : null}
        {load.state === 'error' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text="Try again" onClick={() => setAttempt((n) => n + 1)} />}>
            {load.message}
          </MessageBar>
        ) : null}
        {load.state === 'ready' ? (
          <>
            <Text block>This will:</Text>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              <li data-testid="end-counts">
                save the review as held with the KPI snapshot: {plural(counts.decisions, 'decision', 'decisions')}, {plural(counts.actions, 'new action', 'new actions')},{' '}
                {plural(counts.closed, 'action closed', 'actions closed')}, {plural(counts.deepDives, 'deep dive', 'deep dives')};
              </li>
              <li data-testid="end-channel">post the summary to the channel <b>{load.target.channelName}</b>;</li>
              <li data-testid="end-next">
                schedule the next review on <b>{reviewDay(props.nextDate)}, {load.target.start}–{load.target.end}</b> ({load.target.timeZone}) in your calendar as a Teams meeting,
                inviting {plural(names.length, 'person', 'people')}:
              </li>
            </ul>
            <ul data-testid="end-invited" aria-label="People invited" style={{ margin: 0, paddingLeft: 36 }}>
              {names.map((n) => <li key={n}>{n}</li>)}
            </ul>
            {load.target.timeZoneNote ? <MessageBar messageBarType={MessageBarType.warning} isMultiline>{load.target.timeZoneNote}</MessageBar> : null}
          </>
        ) : null}
        {props.unsaved > 0 ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {plural(props.unsaved, 'capture is', 'captures are')} not in SharePoint yet. End review waits until {props.unsaved === 1 ? 'it is' : 'they are'} saved.
          </MessageBar>
        ) : null}
        {names.length === 0 ? <MessageBar messageBarType={MessageBarType.warning}>Tick at least one attendee first: a held review names who was there.</MessageBar> : null}
      </Stack>
      <DialogFooter>
        <PrimaryButton
          text="End review and post"
          disabled={load.state !== 'ready' || props.unsaved > 0 || names.length === 0}
          onClick={() => load.state === 'ready' && props.onConfirm(load.target)}
        />
        <DefaultButton text="Cancel" onClick={props.onCancel} />
      </DialogFooter>
    </Dialog>
  );
}
