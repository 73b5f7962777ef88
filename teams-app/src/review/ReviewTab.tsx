/**
 * The tab's root view: loads the GTM data once, shows loading and error states a user can act on,
 * then the meeting. Theme follows Teams (default, dark, high contrast).
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, Stack, Text, ThemeProvider } from '@fluentui/react';
import type { IsoDate, PeopleSearch, Person } from '@gtm/shared';
import type { FrameContext, StageSharing, TabTheme } from '../host/host-types';
import { describeError } from './error-message';
import type { OutboxStorage } from './local-outbox';
import type { AgendaData, ReviewBackend } from './review-backend';
import type { ReviewPlace } from './review-model';
import type { FollowSavedReview } from './review-sync';
import type { JoinLiveMeeting } from './live-meeting';
import { ReviewMeeting } from './ReviewMeeting';
import { ShareToStage } from './ShareToStage';
import { ReviewColoursProvider } from './status-styles';
import { themeFor } from './themes';

export interface ReviewTabProps {
  backend: ReviewBackend;
  /** The directory action owners are picked from. */
  people: PeopleSearch;
  today: IsoDate;
  /** The user's locale (the host context's): how dates are typed and shown. */
  locale: string;
  place: ReviewPlace;
  frame: FrameContext;
  theme: TabTheme;
  me: Person | null;
  /** Shown above the tab, e.g. why it runs outside Teams. */
  note?: string | null;
  storage: OutboxStorage;
  /** Hears what the device's other frame saves (the stage following the side panel). */
  follow: FollowSavedReview;
  newId(): string;
  now(): number;
  /** Share to stage, offered in the meeting side panel (absent outside Teams). */
  stage?: { sharing: StageSharing; url: string } | null;
  /** Joins the meeting's Live Share session (side panel and stage only; absent: not live). */
  joinLive?: JoinLiveMeeting | null;
}

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: AgendaData };

export function ReviewTab(props: ReviewTabProps): React.ReactElement {
  const [load, setLoad] = React.useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    props.backend.loadAgendaData(props.today).then(
      (data) => live && setLoad({ state: 'ready', data }),
      (error: unknown) => live && setLoad({ state: 'error', message: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [props.backend, props.today, attempt]);

  const frameLabel = props.frame === 'sidePanel' ? 'side panel' : props.frame === 'meetingStage' ? 'stage' : props.frame === 'standalone' ? 'standalone' : 'tab';
  return (
    // `main`: the tab's whole content is its main landmark, so screen readers can jump straight to it.
    <ThemeProvider as="main" theme={themeFor(props.theme)} style={{ minHeight: '100vh', padding: props.frame === 'sidePanel' ? 8 : 16, boxSizing: 'border-box' }}>
      <ReviewColoursProvider theme={props.theme}>
        <Stack tokens={{ childrenGap: 12 }}>
          <Stack horizontal horizontalAlign="space-between" verticalAlign="baseline" wrap>
            <Text variant="xLarge" as="h1">GTM Review {props.today}</Text>
            <Text variant="small" data-testid="frame">{frameLabel}</Text>
          </Stack>
          {props.note ? <MessageBar>{props.note}</MessageBar> : null}
          {props.frame === 'sidePanel' && props.stage ? <ShareToStage sharing={props.stage.sharing} stageUrl={props.stage.url} /> : null}
          {load.state === 'loading' ? <Spinner label="Loading KPIs, risks, accounts and actions…" /> : null}
          {load.state === 'error' ? (
            <MessageBar
              messageBarType={MessageBarType.error}
              isMultiline
              actions={<DefaultButton text="Try again" onClick={() => setAttempt((n) => n + 1)} />}
            >
              Could not load the review data. {load.message}
            </MessageBar>
          ) : null}
          {load.state === 'ready' ? (
            <ReviewMeeting
              data={load.data}
              backend={props.backend}
              people={props.people}
              today={props.today}
              locale={props.locale}
              place={props.place}
              frame={props.frame}
              me={props.me}
              storage={props.storage}
              follow={props.follow}
              newId={props.newId}
              now={props.now}
              joinLive={props.joinLive ?? null}
            />
          ) : null}
        </Stack>
      </ReviewColoursProvider>
    </ThemeProvider>
  );
}
