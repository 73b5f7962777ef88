import * as React from 'react';
import type { IDropdownOption } from '@fluentui/react';
import { Dropdown, MessageBar, MessageBarType, Spinner, SpinnerSize, Toggle } from '@fluentui/react';
import type { Action, IsoDate, Kpi, KpiMeasurement, Person, StoredItem } from '@gtm/shared';
import { isOverdue, rankPriorities, samePerson } from '@gtm/shared';
import { ConflictDialog } from '../common/ConflictDialog';
import { EmptyState } from '../common/EmptyState';
import type { WebPartEnvironment } from '../common/environment';
import { errorText } from '../common/list-error-kind';
import { ListErrorMessage } from '../common/ListErrorMessage';
import { LoadingState } from '../common/LoadingState';
import type { GtmRepositories } from '../common/repositories';
import { useLoad } from '../common/use-load';
import type { ActionWithEtag } from './action-writes';
import { addAction, closeActionAs } from './action-writes';
import { ActionList } from './ActionList';
import { AddActionForm } from './AddActionForm';
import { actionConflict, kpiActualConflict } from './conflict-views';
import type { ControlPlaneData } from './control-plane-data';
import { loadControlPlane } from './control-plane-data';
import { useThemedClasses } from '../common/use-themed-classes';
import { getControlPlaneClasses } from './control-plane-styles';
import { ownersOf, personName, withAction, withMeasurement } from './control-plane-updates';
import { InvalidRowsMessage } from '../common/InvalidRowsMessage';
import { knownPeople } from '../common/known-people';
import { KpiAreaGroups } from './KpiAreaGroups';
import { NextReview } from './NextReview';
import { PriorityList } from './PriorityList';
import { localDay, reviewCycleOn } from './review-cycle';
import { saveKpiActual } from './save-kpi-actual';

/** Props of {@link ControlPlane}: the host's environment and the repositories over its store. */
export interface ControlPlaneProps {
  env: WebPartEnvironment;
  repositories: GtmRepositories;
}

/** A save that met someone else's edit, waiting for the user to choose in the conflict dialog. */
type PendingConflict =
  | { kind: 'kpi'; kpi: Kpi; cycle: IsoDate; value: number; theirs: StoredItem<KpiMeasurement> | null }
  | { kind: 'action'; status: 'done' | 'dropped'; mine: Action; theirs: ActionWithEtag | null };

/** The owner filter's "no filter" key (not an e-mail, so it never matches a person). */
const EVERYONE = '*';

/**
 * The GTM Control Plane: KPI cards grouped by area (actual vs target, status, trend; the current
 * cycle's actual editable inline), ranked priorities, follow-up actions (add, close, overdue
 * marked) and the next GTM Review date, filterable by owner. Reads and writes only through the
 * repositories; a 412 opens the conflict dialog and nothing is overwritten silently.
 */
export function ControlPlane({ env, repositories }: ControlPlaneProps): React.ReactElement {
  const classes = useThemedClasses(getControlPlaneClasses);
  const load = useLoad(() => loadControlPlane(repositories), [repositories]);
  // The loaded data, then kept in step with this user's own saves (no full reload per click).
  const [data, setData] = React.useState<ControlPlaneData | undefined>();
  React.useEffect(() => {
    if (load.state === 'ready' && load.value) setData(load.value);
  }, [load.state, load.value]);
  const [owner, setOwner] = React.useState(EVERYONE);
  const [showClosed, setShowClosed] = React.useState(false);
  const [editingKpiId, setEditingKpiId] = React.useState<string | null>(null);
  const [conflict, setConflict] = React.useState<PendingConflict | null>(null);
  const [closingId, setClosingId] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);

  if (!data) {
    return (
      <div className={classes.root}>
        {load.state === 'error' ? (
          <ListErrorMessage error={load.error} env={env} onRetry={load.reload} />
        ) : (
          <LoadingState label="Loading the GTM Control Plane…" />
        )}
      </div>
    );
  }

  const today = localDay(env.now());
  const cycle = reviewCycleOn(data.reviews, today);
  const currentUser: Person = { email: env.currentUser.email, displayName: env.currentUser.displayName };
  const people = ownersOf(data, [currentUser]);
  const ownedBy = (p: Person): boolean => owner === EVERYONE || samePerson(p, { email: owner });
  const kpis = data.kpis.filter((k) => ownedBy(k.owner));
  const ranked = rankPriorities(data.priorities).filter((p) => ownedBy(p.owner));
  const ownersActions = data.actions.filter((a) => ownedBy(a.owner));
  const shownActions = showClosed ? ownersActions : ownersActions.filter((a) => a.status === 'open');
  const openCount = ownersActions.filter((a) => a.status === 'open').length;
  const overdueCount = ownersActions.filter((a) => isOverdue(a, today)).length;
  const filtered = owner !== EVERYONE;
  const measurements = data.measurements.map((m) => m.entity);

  const saveActual = async (kpi: Kpi, value: number, seen?: StoredItem<KpiMeasurement> | null): Promise<void> => {
    if (cycle.nextReview === null) return;
    const reportFor = cycle.nextReview;
    const seenItem =
      seen !== undefined ? seen : (data.measurements.find((m) => m.entity.kpiId === kpi.id && m.entity.cycle === reportFor) ?? null);
    const result = await saveKpiActual(repositories.measurements, { kpi, cycle: reportFor, value, recordedBy: currentUser, seen: seenItem });
    if (result.ok) {
      setData((d) => d && withMeasurement(d, result.saved));
      setEditingKpiId(null);
    } else {
      setConflict({ kind: 'kpi', kpi, cycle: reportFor, value, theirs: result.theirs });
    }
  };

  const close = async (current: ActionWithEtag, status: 'done' | 'dropped'): Promise<void> => {
    setClosingId(current.action.id);
    setNotice(null);
    try {
      const outcome = await closeActionAs(repositories.actions, current, status);
      if (outcome.kind === 'saved') setData((d) => d && withAction(d, outcome.action, outcome.etag));
      else if (outcome.kind === 'rejected') setNotice(outcome.reason);
      else setConflict({ kind: 'action', status, mine: { ...current.action, status }, theirs: outcome.theirs });
    } catch (error) {
      setNotice(`“${current.action.title}” was not closed: ${errorText(error)}`);
    } finally {
      setClosingId(null);
    }
  };

  const closeFromList = (action: Action, status: 'done' | 'dropped'): void => {
    const etag = data.actionEtags.get(action.id);
    if (etag === undefined) {
      setNotice(`“${action.title}” has no version tag to update safely; reload the page and try again.`);
      return;
    }
    void close({ action, etag }, status);
  };

  const reloadTheirs = (): void => {
    setConflict(null);
    setEditingKpiId(null);
    load.reload();
  };

  const applyMineAgain = (): void => {
    const pending = conflict;
    setConflict(null);
    if (pending?.kind === 'kpi') {
      saveActual(pending.kpi, pending.value, pending.theirs).catch((error: unknown) =>
        setNotice(`The actual of ${pending.kpi.title} was not saved: ${errorText(error)}`),
      );
    } else if (pending?.kind === 'action' && pending.theirs) {
      const theirs = pending.theirs;
      // Show their version first: if they already closed it, the rule refuses and says so.
      setData((d) => d && withAction(d, theirs.action, theirs.etag));
      void close(theirs, pending.status);
    }
  };

  const ownerOptions: IDropdownOption[] = [
    { key: EVERYONE, text: 'Everyone' },
    ...people.map((p) => ({ key: p.email, text: personName(p) })),
  ];

  return (
    <div className={classes.root} data-testid="control-plane">
      <h2 className={classes.sectionHeading}>GTM Control Plane</h2>
      <NextReview cycle={cycle} today={today} />
      <div className={classes.toolbar}>
        <Dropdown
          label="Owner"
          options={ownerOptions}
          selectedKey={owner}
          onChange={(_, option) => setOwner(String(option?.key ?? EVERYONE))}
          styles={{ root: { minWidth: 240 } }}
          data-testid="owner-filter"
        />
        {load.state === 'loading' && <Spinner size={SpinnerSize.small} label="Refreshing…" labelPosition="right" />}
      </div>
      {load.state === 'error' && <ListErrorMessage error={load.error} env={env} onRetry={load.reload} />}
      {notice !== null && (
        <div data-testid="control-plane-notice">
          <MessageBar messageBarType={MessageBarType.error} isMultiline onDismiss={() => setNotice(null)} dismissButtonAriaLabel="Close">
            {notice}
          </MessageBar>
        </div>
      )}
      <InvalidRowsMessage rows={data.invalid} />

      <section className={classes.section} aria-labelledby="cp-kpis">
        <h2 id="cp-kpis" className={classes.sectionHeading}>KPIs</h2>
        {kpis.length === 0 ? (
          <EmptyState title={filtered ? 'No KPIs for this owner' : 'No KPIs yet'}>
            {!filtered && <span>Add KPIs to the “{repositories.kpis.list.title}” list; they appear here grouped by area.</span>}
          </EmptyState>
        ) : (
          <KpiAreaGroups
            kpis={kpis}
            measurements={measurements}
            cycle={cycle.nextReview}
            editingKpiId={editingKpiId}
            onEdit={setEditingKpiId}
            onSaveActual={(kpi, value) => saveActual(kpi, value)}
          />
        )}
      </section>

      <section className={classes.section} aria-labelledby="cp-priorities">
        <h2 id="cp-priorities" className={classes.sectionHeading}>Priorities</h2>
        <PriorityList ranked={ranked} filtered={filtered} />
      </section>

      <section className={classes.section} aria-labelledby="cp-actions">
        <h2 id="cp-actions" className={classes.sectionHeading}>
          Follow-up actions <span className={classes.muted}>· {openCount} open, {overdueCount} overdue</span>
        </h2>
        <Toggle label="Show closed actions" inlineLabel checked={showClosed} onChange={(_, checked) => setShowClosed(!!checked)} />
        <ActionList
          actions={shownActions}
          kpis={data.kpis}
          today={today}
          filtered={filtered}
          busyId={closingId}
          onClose={closeFromList}
        />
        {cycle.lastReview ? (
          <AddActionForm
            // Suggest everyone the lists name; a colleague not named yet is typed by e-mail.
            people={knownPeople(
              [currentUser],
              data.kpis.map((k) => k.owner),
              data.actions.map((a) => a.owner),
              data.priorities.map((p) => p.owner),
              data.reviews.flatMap((r) => r.attendees),
            )}
            kpis={data.kpis}
            defaultOwner={currentUser}
            review={cycle.lastReview}
            today={today}
            onAdd={async (draft) => {
              const added = await addAction(repositories.actions, draft);
              setData((d) => d && withAction(d, added.action, added.etag));
            }}
          />
        ) : (
          <MessageBar messageBarType={MessageBarType.info}>
            Actions are created by a GTM Review: once the first review is recorded, you can add actions here.
          </MessageBar>
        )}
      </section>

      {conflict && (
        <ConflictDialog
          conflict={
            conflict.kind === 'kpi'
              ? kpiActualConflict(conflict.kpi, conflict.cycle, { value: conflict.value, recordedBy: currentUser }, conflict.theirs)
              : actionConflict(conflict.mine, conflict.theirs?.action ?? null)
          }
          onReload={reloadTheirs}
          onReapply={applyMineAgain}
          onDismiss={() => setConflict(null)}
        />
      )}
    </div>
  );
}
