/**
 * The meeting: the agenda (built from the data by the shared agenda builder, with the attendees'
 * deep dives) stepped through section by section, each with its timebox and the time spent; the
 * section's items; decisions and actions recorded against the section or an item selected in it;
 * and "End review". The side panel is compact (the capture forms); the stage is the meeting-room
 * view (agenda overview, the section's items large, everything captured so far).
 */
import * as React from 'react';
import { Checkbox, DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField, mergeStyleSets } from '@fluentui/react';
import type { IsoDate, KpiMeasurement, PeopleSearch, Person } from '@gtm/shared';
import { buildAgenda, nextReviewDate, PersonSchema, samePerson } from '@gtm/shared';
import type { FrameContext } from '../host/host-types';
import { AgendaNav } from './AgendaNav';
import { itemRefs, sectionRef } from './agenda-entries';
import { CapturedList } from './CapturedList';
// The forms are a chunk of their own (the stage draws none): same components, loaded on first use.
import { ActionForm, DecisionForm, DeepDiveForm } from './capture-forms-loader';
import type { EndReviewProgress } from './end-review';
import { isComplete, pendingSteps, runEndReview } from './end-review';
import { EndReviewDialog } from './EndReviewDialog';
import { describeError } from './error-message';
import type { OutboxStorage } from './local-outbox';
import { retryDelaySeconds } from './local-outbox';
import { PendingPanel } from './PendingPanel';
import { UnsavedCaptures } from './UnsavedCaptures';
import { AttendeesOrigin } from './AttendeesOrigin';
import type { AgendaData, AttendeeOptions, EndReviewTarget, ReviewBackend } from './review-backend';
import type { ItemRef, ReviewPlace, ReviewSession } from './review-model';
import { SectionItems } from './SectionItems';
import { reviewDay } from './summary';
import { reviewKeyOf } from './review-model';
import type { FollowSavedReview } from './review-sync';
import { moveToSection, selectItem, spentBySection, startPosition } from './meeting-position';
import { Timebox, useClock } from './Timebox';
import { takeLegacyCaptures } from './legacy-outbox';
import { useReviewRecord } from './use-review-record';
import { useReviewSession } from './use-review-session';
import type { JoinLiveMeeting, MeetingPerson } from './live-meeting';
import { canPresent, liveNotice, peopleLine, useLiveMeeting } from './live-meeting';

const styles = mergeStyleSets({
  // One column below 640 px (a narrow channel tab, a phone: WCAG 1.4.10 reflow at 320 px), where
  // the 260 px agenda column beside the section made the tab 817 px wide; minmax(0, …) lets the
  // section column shrink below its content's widest line.
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(260px, 1fr) minmax(0, 2fr)',
    gap: 24,
    alignItems: 'start',
    selectors: { '@media (max-width: 639px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  },
  // The stage is the meeting-room view (best at 1600 px); in a narrower window its three columns
  // become one (below 960 px), so at 320 px it no longer scrolls sideways (was 1,409 px wide).
  stage: {
    display: 'grid',
    gridTemplateColumns: 'minmax(280px, 1fr) minmax(0, 2.4fr) minmax(280px, 1.1fr)',
    gap: 24,
    alignItems: 'start',
    selectors: { '@media (max-width: 959px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  },
  single: { display: 'flex', flexDirection: 'column', gap: 16 },
  // A section's table (five KPI columns with sparklines) scrolls inside its own box on a narrow
  // tab instead of widening the page (data tables are WCAG 1.4.10's two-dimensional exception);
  // its rows' buttons keep the box reachable by keyboard.
  items: { minWidth: 0, maxWidth: '100%', overflowX: 'auto' },
  target: { fontSize: 12, opacity: 0.85 },
});

/** Why an attendee's agenda buttons are off while live. */
const FOLLOWING = 'You follow the meeting: the organizer or a presenter moves the agenda.';

export interface ReviewMeetingProps {
  data: AgendaData;
  backend: ReviewBackend;
  /** The directory action owners are picked from (Graph `/users` in the tab). */
  people: PeopleSearch;
  today: IsoDate;
  /** The user's locale (Teams `app.locale`): how the action's due date is typed; en-US when not given. */
  locale?: string;
  place: ReviewPlace;
  frame: FrameContext;
  me: Person | null;
  storage: OutboxStorage;
  /** Hears what the device's other frame saves (the stage following the side panel). */
  follow: FollowSavedReview;
  newId(): string;
  now(): number;
  /** How often to read the Review item again for other attendees' captures (default 10 s; 0: never). */
  pollMs?: number;
  /**
   * Joins the meeting's Live Share session (side panel and stage in a meeting); null or absent:
   * not live (the Review item is re-read every `pollMs`, the agenda moves on this device only).
   */
  joinLive?: JoinLiveMeeting | null;
}

/**
 * Who attends a new session: in a meeting, everyone in it (the current user included, should the
 * members call not list them); elsewhere the current user, who ticks the others from the circle.
 */
export function initialAttendees(options: AttendeeOptions, me: Person | null): Person[] {
  if (options.from !== 'meeting') return me ? [me] : [];
  return me && !options.people.some((p) => samePerson(p, me)) ? [me, ...options.people] : [...options.people];
}

export function ReviewMeeting(props: ReviewMeetingProps): React.ReactElement {
  const { data, backend, today, place, frame, storage } = props;
  // Live Share (src/review/live-meeting.ts): the position is shared with every attendee's device,
  // a presenter's moves are everyone's, and a capture written to SharePoint is announced.
  const live = useLiveMeeting(props.joinLive ?? null);
  const liveSession = live.session;
  const liveRef = React.useRef(liveSession);
  liveRef.current = liveSession;
  // Attendees follow: only the organizer and presenters move the agenda and end the review.
  const mayPresent = liveSession === null || canPresent(liveSession.roles);
  const propsNow = props.now;
  // While live, times are on the meeting's shared clock, so every device counts the same minutes.
  const now = React.useCallback((): number => (liveSession ? liveSession.now() : propsNow()), [liveSession, propsNow]);
  // A device that was in this review with an older version: what it kept locally goes to SharePoint, once.
  const [legacy] = React.useState(() => takeLegacyCaptures(storage, reviewKeyOf(place, today)));
  const { progress, position, recordVersion, setProgress, move, announce } = useReviewSession({
    storage,
    reviewKey: reviewKeyOf(place, today),
    follow: props.follow,
    // The agenda always opens with the KPI review (metrics first).
    initialPosition: () => startPosition('kpi-review', props.now()),
  });
  const positionRef = React.useRef(position);
  positionRef.current = position;
  // The review itself is in SharePoint: opened (or created, in progress) now, written as captured.
  const record = useReviewRecord({
    backend,
    place,
    date: today,
    attendees: () => initialAttendees(data.attendeeOptions, props.me),
    onWritten: (etag) => {
      announce(etag);
      // The other attendees' devices read the Review item again at once (SharePoint stays the record).
      liveRef.current?.announceCaptured();
    },
    pollMs: props.pollMs ?? 10_000,
    // In the meeting, opening the tab is the meeting starting; a channel tab starts the review with its first capture.
    startOnOpen: frame === 'sidePanel' || frame === 'meetingStage',
  });
  const canCapture = record.open !== null || record.idle;
  const handedOver = React.useRef(false);
  React.useEffect(() => {
    if (handedOver.current || legacy === null || !canCapture || record.open?.held === true) return;
    handedOver.current = true;
    legacy.decisions.forEach((d) => record.capture.decision(d));
    legacy.actions.forEach((a) => record.capture.action(a));
    legacy.doneActionIds.forEach((id) => record.capture.done(id, true));
    legacy.deepDives.forEach((d) => record.capture.deepDive(d.title, d.proposedBy));
  }, [legacy, canCapture, record.open?.held]);
  const { session, capture, restored } = record;
  // The device's other frame wrote to the Review item: read it again.
  const { refresh } = record;
  React.useEffect(() => {
    if (recordVersion !== null) refresh();
  }, [recordVersion, refresh]);
  const refreshRef = React.useRef(refresh);
  refreshRef.current = refresh;
  // Joined: take the position a presenter shares (or, presenting, share this one), follow the
  // presenters' moves, and read the Review item again whenever another device says it wrote.
  React.useEffect(() => {
    if (!liveSession) return undefined;
    if (liveSession.position) move(() => liveSession.position as NonNullable<typeof liveSession.position>);
    else if (canPresent(liveSession.roles)) void liveSession.setPosition(positionRef.current).catch(() => undefined);
    const stopFollowing = liveSession.onPosition((p) => void move(() => p));
    const stopHearing = liveSession.onCaptured(() => refreshRef.current());
    // Whatever was written while joining (the Review item may have changed): read it once now.
    refreshRef.current();
    return () => {
      stopFollowing();
      stopHearing();
    };
  }, [liveSession, move]);
  // Who is in the meeting now (Live Share presence).
  const [present, setPresent] = React.useState<readonly MeetingPerson[]>([]);
  React.useEffect(() => {
    if (!liveSession) {
      setPresent([]);
      return undefined;
    }
    setPresent(liveSession.people());
    return liveSession.onPeople(setPresent);
  }, [liveSession]);
  // A review held on another day than planned takes the actuals reported for that day: read them
  // again once they have moved, so the KPI table shows what the snapshot will hold.
  const plannedFor = record.open?.stored.review.meeting?.plannedFor ?? null;
  const [moved, setMoved] = React.useState<KpiMeasurement[] | null>(null);
  React.useEffect(() => {
    if (plannedFor === null) return undefined;
    let live = true;
    backend.readMeasurements().then((m) => live && setMoved(m), () => undefined);
    return () => {
      live = false;
    };
  }, [backend, plannedFor]);
  const measurements = moved ?? data.measurements;
  const agenda = React.useMemo(
    () => buildAgenda({ now: today, lastReview: data.lastReview, kpis: data.kpis, measurements, risks: data.risks, accounts: data.accounts, actions: data.actions, deepDives: session.deepDives }),
    [data, today, session.deepDives, measurements],
  );
  // Where the meeting stands is shared with the device's other frame (the stage follows the side panel).
  const current = Math.max(0, agenda.sections.findIndex((x) => x.key === position.sectionKey));
  const section = agenda.sections[current] ?? agenda.sections[0];
  const selectedKey = position.selectedKey;
  const at = useClock(position.openedAt, now);
  const spentMs = spentBySection(position, at);
  const totalSpentMs = Object.values(spentMs).reduce((sum, ms) => sum + ms, 0);
  /** Moves the meeting; while live, a presenter's move is shared with everyone. */
  const moveShared = (change: Parameters<typeof move>[0]): void => {
    const next = move(change);
    if (liveSession && canPresent(liveSession.roles)) void liveSession.setPosition(next).catch(() => undefined);
  };
  const select = (index: number): void => {
    const to = agenda.sections[index];
    if (to && mayPresent) moveShared((p) => moveToSection(p, to.key, now()));
  };
  // An attendee may select an item to record against: on this device only, until a presenter moves.
  const setSelectedKey = (key: string | null): void => moveShared((p) => selectItem(p, key));
  const recordAgainst: ItemRef = itemRefs(section).find((r) => r.key === selectedKey) ?? sectionRef(section);

  // End review: run, and on failure retry with backoff until every step is done.
  const [running, setRunning] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [attempt, setAttempt] = React.useState(0);
  const [retryIn, setRetryIn] = React.useState<number | null>(null);
  const progressRef = React.useRef(progress);
  progressRef.current = progress;
  const sessionRef = React.useRef<ReviewSession>(session);
  sessionRef.current = session;
  const reviewItemId = record.open?.stored.itemId ?? null;
  const end = React.useCallback(async (confirmed?: EndReviewTarget) => {
    const target = progressRef.current.target ?? confirmed;
    if (reviewItemId === null || !target) return;
    setRunning(true);
    setRetryIn(null);
    try {
      await runEndReview(
        backend,
        { reviewItemId, session: sessionRef.current, kpis: data.kpis, actions: data.actions, target },
        progressRef.current,
        (p: EndReviewProgress) => setProgress(p),
      );
      setError(null);
      setAttempt(0);
      // Held: the others' devices read the Review item again and show it ended.
      liveRef.current?.announceCaptured();
    } catch (e) {
      setError(describeError(e));
      setAttempt((n) => n + 1);
    } finally {
      setRunning(false);
    }
  }, [backend, data, setProgress, reviewItemId]);
  React.useEffect(() => {
    if (attempt === 0 || running) return undefined;
    let left = retryDelaySeconds(attempt);
    setRetryIn(left);
    const timer = setInterval(() => {
      left -= 1;
      setRetryIn(left);
      if (left <= 0) {
        clearInterval(timer);
        void end();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [attempt, running, end]);
  // A run interrupted by a reload picks up where it stopped, once the Review item is open again.
  const resumed = React.useRef(false);
  React.useEffect(() => {
    if (resumed.current || reviewItemId === null) return;
    resumed.current = true;
    if (progress.started && !isComplete(progress)) void end();
  }, [reviewItemId]);
  const [confirming, setConfirming] = React.useState(false);

  // Held on another device (or by another attendee): this one shows the record, read-only.
  const heldElsewhere = record.open?.held === true && !progress.started;
  const ended = (progress.started && isComplete(progress)) || heldElsewhere;
  const pending = progress.started ? pendingSteps(progress) : [];
  const stage = frame === 'meetingStage';
  const compact = frame === 'sidePanel';
  const people = React.useMemo(() => {
    const all = [...session.attendees];
    for (const p of data.attendeeOptions.people) if (!all.some((q) => samePerson(p, q))) all.push(p);
    return all;
  }, [data.attendeeOptions.people, session.attendees]);
  const isAttendee = (p: Person): boolean => session.attendees.some((q) => samePerson(p, q));
  const [newAttendee, setNewAttendee] = React.useState('');
  const [attendeeError, setAttendeeError] = React.useState<string | undefined>();
  const addAttendee = (e: React.FormEvent): void => {
    e.preventDefault();
    const parsed = PersonSchema.safeParse({ email: newAttendee.trim() });
    if (!parsed.success) {
      setAttendeeError(`“${newAttendee}” is not an e-mail address (e.g. ana@contoso.com).`);
      return;
    }
    if (!isAttendee(parsed.data)) capture.attendee(parsed.data, true);
    setNewAttendee('');
    setAttendeeError(undefined);
  };

  const toggleDone = (id: string, done: boolean): void => capture.done(id, done);
  const sectionPanel = (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="baseline" wrap>
        <Text variant={stage ? 'xxLarge' : 'xLarge'} as="h2" data-testid="current-section">
          {current + 1}. {section.title}
        </Text>
        <Text>Section {current + 1} of {agenda.sections.length}</Text>
      </Stack>
      {/* The section's clock is the shared position's: when it opened on the meeting's clock and what was spent before. */}
      <div data-testid="section-clock" data-opened-at={position.openedAt} data-spent-before-ms={position.spentBeforeMs[section.key] ?? 0}>
        <Timebox minutes={section.minutes} elapsedMs={spentMs[section.key] ?? 0} />
      </div>
      <div className={styles.items}>
      <SectionItems
        section={section}
        measurements={measurements}
        today={today}
        large={stage}
        compact={compact}
        selectedKey={selectedKey}
        onSelect={setSelectedKey}
        doneActionIds={session.doneActionIds}
        onToggleDone={toggleDone}
        me={props.me}
      />
      </div>
      <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center" wrap>
        <DefaultButton text="Previous section" disabled={!mayPresent || current === 0} onClick={() => select(current - 1)} />
        <PrimaryButton text="Next section" disabled={!mayPresent || current >= agenda.sections.length - 1} onClick={() => select(current + 1)} />
        {mayPresent ? null : <Text variant="small" data-testid="agenda-follows">{FOLLOWING}</Text>}
      </Stack>
    </Stack>
  );
  const captureForms = !ended && canCapture ? (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text className={styles.target} data-testid="record-against">
        Recording against: {section.title}{recordAgainst.key.startsWith('section:') ? ' (select an item above to record against it)' : ` › ${recordAgainst.title}`}
      </Text>
      <DecisionForm item={recordAgainst} newId={props.newId} onRecord={capture.decision} />
      <ActionForm item={recordAgainst} attendees={session.attendees} people={props.people} today={today} locale={props.locale ?? 'en-US'} newId={props.newId} onRecord={capture.action} />
    </Stack>
  ) : null;

  const notice = liveNotice(live.status);
  const here = peopleLine(present);
  const controls = (
    <Stack tokens={{ childrenGap: 12 }}>
      {notice ? (
        <MessageBar messageBarType={live.status.kind === 'unavailable' ? MessageBarType.warning : MessageBarType.info} isMultiline data-testid="live-notice">
          {notice}
          {here ? <div data-testid="live-people">{here}</div> : null}
        </MessageBar>
      ) : null}
      {record.openError ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text="Try again" onClick={record.retry} />}>
          Could not open this review in SharePoint, so nothing can be recorded yet. {record.openError}
        </MessageBar>
      ) : null}
      {record.asking ? (
        <MessageBar
          messageBarType={record.declined ? MessageBarType.info : MessageBarType.warning}
          isMultiline
          data-testid="hold-planned"
          actions={
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <PrimaryButton text={record.declined ? 'Hold it today after all' : 'Hold it today'} onClick={record.holdPlannedToday} />
              {record.declined ? null : <DefaultButton text="Not today" onClick={record.decline} />}
            </Stack>
          }
        >
          {record.declined
            ? `Nothing is recorded today: the review planned for ${reviewDay(record.asking.review.date)} opens on that day.`
            : `The GTM Review is planned for ${reviewDay(record.asking.review.date)}. Hold the review planned for ${reviewDay(record.asking.review.date)} today (${reviewDay(today)})? The KPI actuals reported for ${reviewDay(record.asking.review.date)} will count for today's review, and the next review will be planned 21 days from today.`}
        </MessageBar>
      ) : null}
      {!record.open && !record.openError && !record.asking && !record.idle ? <Text>Opening the review in SharePoint…</Text> : null}
      {plannedFor && !ended ? <MessageBar>Held today instead of {reviewDay(plannedFor)}: the actuals reported for {reviewDay(plannedFor)} are this review's.</MessageBar> : null}
      {restored && !ended ? <MessageBar>Restored from SharePoint what was captured earlier in this review.</MessageBar> : null}
      <UnsavedCaptures pending={record.pending} retryInSeconds={record.retryIn} onRetry={record.retry} />
      <Text>
        {session.decisions.length} decisions · {session.actions.length} actions · {session.doneActionIds.length} marked done · {Math.floor(totalSpentMs / 60_000)} of {agenda.totalMinutes} min
      </Text>
      {ended ? (
        <MessageBar messageBarType={MessageBarType.success} data-testid="review-ended">
          {heldElsewhere
            ? 'This review has been held and ended: the record, the summary and the next review were written from another device.'
            : `Review ended: saved, summary posted to the channel, next review on ${nextReviewDate(session.date)} in your calendar with the attendees invited.`}
        </MessageBar>
      ) : (
        <Stack tokens={{ childrenGap: 4 }}>
          <PrimaryButton text={progress.started ? 'Ending the review…' : 'End review…'} disabled={!mayPresent || running || progress.started || !record.open} onClick={() => setConfirming(true)} />
          {mayPresent ? null : <Text variant="small" data-testid="end-review-reason">Only the organizer or a presenter can end the review.</Text>}
        </Stack>
      )}
      {confirming ? (
        <EndReviewDialog
          loadTarget={backend.endReviewTarget}
          attendees={session.attendees}
          nextDate={nextReviewDate(session.date)}
          counts={{ decisions: session.decisions.length, actions: session.actions.length, closed: session.doneActionIds.length, deepDives: session.deepDives.length }}
          unsaved={record.pending.length}
          onCancel={() => setConfirming(false)}
          onConfirm={(target) => {
            setConfirming(false);
            void end(target);
          }}
        />
      ) : null}
      <PendingPanel steps={pending} error={error} retryInSeconds={retryIn} running={running} onRetry={() => void end()} />
    </Stack>
  );

  const setup = (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="mediumPlus" as="h2">Attendees</Text>
      <AttendeesOrigin options={data.attendeeOptions} />
      <Stack tokens={{ childrenGap: 4 }} role="group" aria-label="Attendees">
        {people.map((p) => (
          <Checkbox
            key={p.email}
            label={p.displayName ?? p.email}
            checked={isAttendee(p)}
            disabled={ended || !canCapture}
            onChange={(_, checked) => capture.attendee(p, checked === true)}
          />
        ))}
      </Stack>
      <form onSubmit={addAttendee} aria-label="Add an attendee">
        <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <TextField label="Attendee e-mail" value={newAttendee} onChange={(_, v) => setNewAttendee(v ?? '')} errorMessage={attendeeError} />
          <DefaultButton type="submit" text="Add attendee" />
        </Stack>
      </form>
      {canCapture && !ended ? <DeepDiveForm onAdd={(title) => capture.deepDive(title, props.me ?? session.attendees[0] ?? { email: 'unknown@invalid.example' })} /> : null}
    </Stack>
  );

  const nav = <AgendaNav sections={agenda.sections} current={current} spentMs={spentMs} large={stage} disabled={!mayPresent} onSelect={select} />;
  const sectionTitles = agenda.sections.map((x) => ({ key: x.key, title: x.title }));
  const invalid = data.invalid.length > 0 ? (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      {data.invalid.length} list rows could not be read and are not on the agenda:{' '}
      {data.invalid.slice(0, 5).map((i) => `${i.list} #${i.id} (${i.errors.join('; ')})`).join(', ')}. Fix them in SharePoint.
    </MessageBar>
  ) : null;

  if (stage) {
    return (
      <div className={styles.single}>
        {invalid}
        <div className={styles.stage}>
          <Stack tokens={{ childrenGap: 12 }}>
            <Text variant="xLarge" as="h2">Agenda · {agenda.totalMinutes} min</Text>
            {nav}
          </Stack>
          {sectionPanel}
          <Stack tokens={{ childrenGap: 12 }}>
            <Text variant="xLarge" as="h2">Decided so far</Text>
            <CapturedList session={session} sections={sectionTitles} headings large showOther />
            {controls}
          </Stack>
        </div>
      </div>
    );
  }
  const capturedHere = <CapturedList session={session} sections={sectionTitles.filter((x) => x.key === section.key)} headings={false} />;
  if (compact) {
    return <div className={styles.single}>{invalid}{nav}{sectionPanel}{captureForms}{capturedHere}{controls}{setup}</div>;
  }
  return (
    <div className={styles.single}>
      {invalid}
      <div className={styles.columns}>
        <Stack tokens={{ childrenGap: 16 }}>{nav}{setup}</Stack>
        <Stack tokens={{ childrenGap: 16 }}>{sectionPanel}{captureForms}{capturedHere}{controls}</Stack>
      </div>
    </div>
  );
}
