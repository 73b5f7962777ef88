import * as React from 'react';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Toggle } from '@fluentui/react/lib/Toggle';
import type { Action, IsoDate, Kpi, KpiMeasurement, PeopleSearch, Person } from '@gtm/shared';
import { closeAction, isOverdue, onlyMineWhen, rankPriorities, samePerson, selectMine } from '@gtm/shared';
import { EmptyState } from '../common/EmptyState';
import type { WebPartEnvironment } from '../common/environment';
import { ListErrorMessage } from '../common/ListErrorMessage';
import { LoadingState } from '../common/LoadingState';
import { MineToggle, NOTHING_OF_YOURS } from '../common/MineToggle';
import type { GtmRepositories } from '../common/repositories';
import { useLoad } from '../common/use-load';
import type { Change } from '../common/use-save';
import { useSave } from '../common/use-save';
import { ActionList } from './ActionList';
import { AddActionForm } from './AddActionForm';
import { ACTION_CONFLICT_LABELS, describeAction, describeMeasurement, measurementFieldLabels } from './conflict-views';
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

/** Props of {@link ControlPlane}: the host's environment and the repositories over its store. */
export interface ControlPlaneProps {
  env: WebPartEnvironment;
  repositories: GtmRepositories;
  /** The directory action owners are picked from (the web part builds it once over its SharePoint context). */
  peopleSearch: PeopleSearch;
}

/** Closing an action as a save's change: the domain rule decides (a closed action stays closed). */
function closing(status: 'done' | 'dropped'): Change<Action> {
  return (current) => {
    const closed = closeAction(current, status);
    return closed.ok ? { ok: true, value: closed.action } : closed;
  };
}

/** Whose an item is, for the "Mine" filter: KPIs, priorities and actions have one owner each. */
const byOwner = (item: { owner: Person }): readonly Person[] => [item.owner];

/** The owner filter's "no filter" key (not an e-mail, so it never matches a person). */
const EVERYONE = '*';

/**
 * The GTM Control Plane: KPI cards grouped by area (actual vs target, status, trend; the current
 * cycle's actual editable inline), ranked priorities, follow-up actions (add, close, overdue
 * marked) and the next GTM Review date, filterable by owner. Reads and writes only through the
 * repositories; a 412 opens the conflict dialog and nothing is overwritten silently.
 */
export function ControlPlane({ env, repositories, peopleSearch }: ControlPlaneProps): React.ReactElement {
  const classes = useThemedClasses(getControlPlaneClasses);
  const load = useLoad(() => loadControlPlane(repositories), [repositories]);
  // The loaded data, then kept in step with this user's own saves (no full reload per click).
  const [data, setData] = React.useState<ControlPlaneData | undefined>();
  React.useEffect(() => {
    if (load.state === 'ready' && load.value) setData(load.value);
  }, [load.state, load.value]);
  const [owner, setOwner] = React.useState(EVERYONE);
  const [showClosed, setShowClosed] = React.useState(false);
  const [mine, setMine] = React.useState(false);
  const [editingKpiId, setEditingKpiId] = React.useState<string | null>(null);
  const [closingId, setClosingId] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  // Every write goes through these two savers: a 412 opens the conflict dialog, never an overwrite.
  const measurementSaver = useSave<KpiMeasurement>({
    repository: repositories.measurements,
    describe: (m) => describeMeasurement(data?.kpis.find((k) => k.id === m.kpiId), m),
    fieldLabels: (mine) => measurementFieldLabels(mine.cycle),
    // Saved, or theirs kept after a conflict: either way the card shows it and the editor closes.
    onStored: (stored) => {
      setData((d) => d && withMeasurement(d, stored));
      setEditingKpiId(null);
    },
    onGone: () => {
      setEditingKpiId(null);
      load.reload();
    },
    onReapplied: (outcome) => {
      if (outcome.kind === 'failed') setNotice(`The actual was not saved: ${outcome.message}`);
    },
  });
  const actionSaver = useSave<Action>({
    repository: repositories.actions,
    describe: describeAction,
    fieldLabels: ACTION_CONFLICT_LABELS,
    onStored: (stored) => setData((d) => d && withAction(d, stored.entity, stored.etag)),
    onGone: () => load.reload(),
    // "Apply mine again" re-runs the close on theirs: refused when they closed it already.
    onReapplied: (outcome) => {
      if (outcome.kind === 'rejected') setNotice(outcome.reason);
      else if (outcome.kind === 'failed') setNotice(outcome.message);
    },
  });

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
  // "Mine" narrows what the owner filter leaves; its counts are of those items ("3 of 12").
  const ownersKpis = data.kpis.filter((k) => ownedBy(k.owner));
  const ownersPriorities = rankPriorities(data.priorities).filter((p) => ownedBy(p.owner));
  const myKpis = selectMine(ownersKpis, byOwner, currentUser);
  const myPriorities = selectMine(ownersPriorities, byOwner, currentUser);
  const kpis = mine ? myKpis.mine : ownersKpis;
  const ranked = mine ? myPriorities.mine : ownersPriorities;
  const ownersActions = onlyMineWhen(mine, data.actions.filter((a) => ownedBy(a.owner)), byOwner, currentUser);
  // The actions count is of the ones the list would show: the open ones unless closed are shown too.
  const listable = data.actions.filter((a) => ownedBy(a.owner) && (showClosed || a.status === 'open'));
  const myActions = selectMine(listable, byOwner, currentUser);
  const shownActions = mine ? myActions.mine : listable;
  const openCount = ownersActions.filter((a) => a.status === 'open').length;
  const overdueCount = ownersActions.filter((a) => isOverdue(a, today)).length;
  const filtered = owner !== EVERYONE || mine;
  const measurements = data.measurements.map((m) => m.entity);

  /** The current cycle's actual: corrects the cycle's measurement with its ETag, or adds the first one. */
  const saveActual = async (kpi: Kpi, value: number): Promise<void> => {
    if (cycle.nextReview === null) return;
    const reportFor: IsoDate = cycle.nextReview;
    const seen = data.measurements.find((m) => m.entity.kpiId === kpi.id && m.entity.cycle === reportFor);
    const mine: Change<KpiMeasurement> = (current) => ({ ok: true, value: { ...current, kpiId: kpi.id, cycle: reportFor, value, recordedBy: currentUser } });
    const outcome = seen
      ? await measurementSaver.saveChanges(seen, mine)
      : await measurementSaver.saveNew({ kpiId: kpi.id, cycle: reportFor, value, recordedBy: currentUser }, { reapply: mine });
    // The editor shows a failure and keeps the typed value; a conflict waits in the dialog.
    if (outcome.kind === 'failed') throw new Error(outcome.message);
    if (outcome.kind === 'rejected') throw new Error(outcome.reason);
  };

  const closeFromList = async (action: Action, status: 'done' | 'dropped'): Promise<void> => {
    const etag = data.actionEtags.get(action.id);
    if (etag === undefined) {
      setNotice(`“${action.title}” has no version tag to update safely; reload the page and try again.`);
      return;
    }
    setClosingId(action.id);
    setNotice(null);
    const outcome = await actionSaver.saveChanges({ itemId: Number(action.id), etag, entity: action }, closing(status));
    setClosingId(null);
    if (outcome.kind === 'rejected') setNotice(outcome.reason);
    else if (outcome.kind === 'failed') setNotice(`“${action.title}” was not closed: ${outcome.message}`);
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
        <MineToggle
          checked={mine}
          onChange={setMine}
          userName={currentUser.displayName ?? currentUser.email}
          counts={[
            { mine: myKpis.mine.length, total: myKpis.total, noun: 'KPIs' },
            { mine: myPriorities.mine.length, total: myPriorities.total, noun: 'priorities' },
            { mine: myActions.mine.length, total: myActions.total, noun: showClosed ? 'actions' : 'open actions' },
          ]}
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
          <EmptyState title={mine && myKpis.total > 0 ? NOTHING_OF_YOURS : filtered ? 'No KPIs for this owner' : 'No KPIs yet'}>
            {!filtered && <span>Add KPIs to the “{repositories.kpis.list.title}” list; they appear here grouped by area.</span>}
          </EmptyState>
        ) : (
          <KpiAreaGroups
            kpis={kpis}
            measurements={measurements}
            cycle={cycle.nextReview}
            editingKpiId={editingKpiId}
            locale={env.locale}
            onEdit={setEditingKpiId}
            onSaveActual={(kpi, value) => saveActual(kpi, value)}
          />
        )}
      </section>

      <section className={classes.section} aria-labelledby="cp-priorities">
        <h2 id="cp-priorities" className={classes.sectionHeading}>Priorities</h2>
        <PriorityList ranked={ranked} filtered={filtered} {...(mine ? { emptyTitle: NOTHING_OF_YOURS } : {})} />
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
          {...(mine ? { emptyTitle: NOTHING_OF_YOURS } : {})}
          busyId={closingId}
          onClose={(action, status) => void closeFromList(action, status)}
        />
        {cycle.lastReview ? (
          <AddActionForm
            // The owner comes from the directory; everyone the lists name is offered first.
            search={peopleSearch}
            people={knownPeople(
              [currentUser],
              data.kpis.map((k) => k.owner),
              data.actions.map((a) => a.owner),
              data.priorities.map((p) => p.owner),
              data.reviews.flatMap((r) => r.attendees),
            )}
            kpis={data.kpis}
            defaultOwner={currentUser}
            locale={env.locale}
            review={cycle.lastReview}
            today={today}
            onAdd={async (draft) => {
              // The repository ignores `id` on add (SharePoint assigns it); the form keeps its values on failure.
              const outcome = await actionSaver.saveNew({ ...draft, id: 'new' });
              if (outcome.kind === 'failed') throw new Error(outcome.message);
            }}
          />
        ) : (
          <MessageBar messageBarType={MessageBarType.info}>
            Actions are created by a GTM Review: once the first review is recorded, you can add actions here.
          </MessageBar>
        )}
      </section>

      {measurementSaver.conflictDialog}
      {actionSaver.conflictDialog}
    </div>
  );
}
