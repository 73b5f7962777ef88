import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { PeopleSearch, Person, Risk, StoredItem } from '@gtm/shared';
import { onlyMineWhen, selectMine } from '@gtm/shared';
import type { GtmRepositories, WebPartEnvironment } from '../common';
import { EmptyState, InvalidRowsMessage, ListErrorMessage, LoadingState, errorText, useLoad } from '../common';
import { useSave, writeAs } from '../common/use-save';
import { knownPeople } from '../common/known-people';
import { MineToggle, NOTHING_OF_YOURS } from '../common/MineToggle';
import { RiskEditorPanel } from './lazy-parts';
import { RiskFilters } from './RiskFilters';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskList } from './RiskList';
import { RISK_CONFLICT_FIELDS, riskSummary } from './risk-conflict';
import type { RiskDraft } from './risk-draft';
import { draftOf, newRiskDraft } from './risk-draft';
import type { RiskFilter } from './risk-filter';
import { DEFAULT_RISK_FILTER, filterRisks, filterRisksExceptCell, includesClosed } from './risk-filter';
import { loadRiskRegister, todayOf } from './risk-register-data';
import type { RiskSort } from './risk-sort';
import { DEFAULT_RISK_SORT, sortRisks } from './risk-sort';

/** Props of {@link RiskRegister}: what every GTM web part view takes. */
export interface RiskRegisterProps {
  env: WebPartEnvironment;
  repositories: GtmRepositories;
  /** The directory owners are picked from (the web part builds it once over its SharePoint context). */
  peopleSearch: PeopleSearch;
}

/** The risk open in the editor, the ETag it was read with (null = new), and a key to reset the form. */
interface EditorState {
  draft: RiskDraft;
  etag: string | null;
  version: number;
}

const classes = mergeStyleSets({
  root: { padding: 16, maxWidth: 1600 },
  body: { alignItems: 'flex-start' },
  list: { flex: '1 1 640px', minWidth: 0 },
});

/** Whose a risk is, for the "Mine" filter. */
const byOwner = (risk: Risk): readonly Person[] => [risk.owner];

function ownersOf(risks: readonly Risk[]): Person[] {
  const byEmail = new Map<string, Person>();
  for (const risk of risks) byEmail.set(risk.owner.email.toLowerCase(), risk.owner);
  return [...byEmail.values()].sort((a, b) => (a.displayName ?? a.email).localeCompare(b.displayName ?? b.email));
}

/**
 * The Risk Register web part view (DOMAIN.md §3): a virtualised, sortable, filterable list, a
 * 5×5 heat map whose cells filter the list, and an edit panel to create, edit and close risks.
 * A save that hits someone else's change (412) opens the conflict dialog; nothing is overwritten
 * until the user chooses.
 */
export function RiskRegister({ env, repositories, peopleSearch }: RiskRegisterProps): React.ReactElement {
  const today = todayOf(env.now());
  const load = useLoad(() => loadRiskRegister(repositories, today), [repositories, today]);
  /** Risks saved since the last load, with their new ETags, laid over what was read. */
  const [saved, setSaved] = React.useState<ReadonlyMap<string, { risk: Risk; etag: string }>>(new Map());
  const [filter, setFilter] = React.useState<RiskFilter>(DEFAULT_RISK_FILTER);
  const [sort, setSort] = React.useState<RiskSort>(DEFAULT_RISK_SORT);
  const [onlyMine, setOnlyMine] = React.useState(false);
  const [editor, setEditor] = React.useState<EditorState | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);

  const data = load.value;
  const remember = (stored: StoredItem<Risk>): void =>
    setSaved((previous) => new Map(previous).set(stored.entity.id, { risk: stored.entity, etag: stored.etag }));
  const saver = useSave<Risk>({
    // The risk and its mitigation actions are saved together; a 412 on either opens the dialog.
    repository: repositories.riskRegister,
    describe: (risk) => riskSummary(risk, data?.kpis ?? []),
    fieldLabels: RISK_CONFLICT_FIELDS,
    onStored: (stored, how) => {
      remember(stored);
      if (how === 'saved') {
        setEditor(null);
        setNotice(`Saved “${stored.entity.title}”${stored.entity.status === 'closed' ? ' as closed' : ''}.`);
      } else {
        // "Reload theirs": the editor shows the item as SharePoint holds it now; my changes are dropped.
        setEditor((previous) => ({ draft: draftOf(stored.entity), etag: stored.etag, version: (previous?.version ?? 0) + 1 }));
        setNotice('Reloaded the version in SharePoint; your changes were discarded.');
      }
    },
    // Deleted, or no longer readable as a risk: read the whole register again.
    onGone: () => {
      setEditor(null);
      load.reload();
    },
  });
  // A fresh read supersedes what was saved locally since the previous one.
  React.useEffect(() => setSaved(new Map()), [data]);

  const risks = React.useMemo(() => {
    if (!data) return [];
    const loadedIds = new Set(data.risks.map((r) => r.id));
    const added = [...saved.values()].filter((s) => !loadedIds.has(s.risk.id)).map((s) => s.risk);
    return [...data.risks.map((r) => saved.get(r.id)?.risk ?? r), ...added];
  }, [data, saved]);
  const owners = React.useMemo(() => ownersOf(risks), [risks]);
  const me = env.currentUser;
  // "Mine" narrows what the other filters leave, and counts those ("3 of 12"); the heat map follows it.
  const forHeatMap = React.useMemo(() => onlyMineWhen(onlyMine, filterRisksExceptCell(risks, filter), byOwner, me), [risks, filter, onlyMine, me]);
  const mine = React.useMemo(() => selectMine(filterRisks(risks, filter), byOwner, me), [risks, filter, me]);
  const shown = React.useMemo(() => sortRisks(onlyMine ? mine.mine : filterRisks(risks, filter), sort), [risks, filter, sort, onlyMine, mine]);

  const clearSaveError = saver.clearError;
  const openRisk = React.useCallback(
    (risk: Risk) => {
      const etag = saved.get(risk.id)?.etag ?? data?.etags.get(risk.id) ?? null;
      clearSaveError();
      setEditor((previous) => ({ draft: draftOf(risk), etag, version: (previous?.version ?? 0) + 1 }));
    },
    [saved, data, clearSaveError],
  );
  const openNew = (): void => {
    saver.clearError();
    setEditor((previous) => ({ draft: newRiskDraft(env.currentUser), etag: null, version: (previous?.version ?? 0) + 1 }));
  };

  /** A new risk is added; an edited one is updated with the ETag it was read with (a 412 opens the dialog). */
  const save = (risk: Risk, etag: string | null): void => {
    setNotice(null);
    if (etag === null) void saver.saveNew(risk);
    else void saver.saveChanges({ itemId: Number(risk.id), etag, entity: risk }, writeAs(risk));
  };

  const header = (
    <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
      <Text variant="xLarge" role="heading" aria-level={2}>
        Risk Register
      </Text>
      {data && <PrimaryButton text="New risk" iconProps={{ iconName: 'Add' }} onClick={openNew} data-testid="new-risk" />}
    </Stack>
  );

  if (!data) {
    return (
      <Stack className={classes.root} tokens={{ childrenGap: 12 }}>
        {header}
        {load.state === 'error' ? (
          <ListErrorMessage error={load.error} env={env} onRetry={load.reload} />
        ) : (
          <LoadingState label="Loading the Risk Register…" />
        )}
      </Stack>
    );
  }

  return (
    <Stack className={classes.root} tokens={{ childrenGap: 12 }} data-testid="risk-register">
      {header}
      {load.state === 'error' && <ListErrorMessage error={load.error} env={env} onRetry={load.reload} />}
      {notice !== null && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(null)} dismissButtonAriaLabel="Dismiss" data-testid="notice">
          {notice}
        </MessageBar>
      )}
      <InvalidRowsMessage rows={data.invalid.map((row) => ({ list: repositories.risks.list.title, ...row }))} />
      {data.kpiError !== undefined && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="kpi-error">
          The Control Plane KPIs could not be read, so triggered risks are not flagged and monitoring KPIs cannot be picked:{' '}
          {errorText(data.kpiError)}
        </MessageBar>
      )}
      {risks.length === 0 ? (
        <EmptyState title="No risks in the register yet">
          <Text>Log the first go-to-market risk: what could go wrong, how likely, how bad, and who owns it.</Text>
          <PrimaryButton text="Add the first risk" onClick={openNew} />
        </EmptyState>
      ) : (
        <>
          <RiskFilters filter={filter} owners={owners} onChange={setFilter} />
          <MineToggle
            checked={onlyMine}
            onChange={setOnlyMine}
            userName={me.displayName}
            counts={[{ mine: mine.mine.length, total: mine.total, noun: 'risks' }]}
          />
          <Stack horizontal wrap tokens={{ childrenGap: 24 }} className={classes.body}>
            <RiskHeatMap
              risks={forHeatMap}
              basis={filter.basis}
              includeClosed={includesClosed(filter.status)}
              selected={filter.cell}
              onSelect={(cell) => setFilter({ ...filter, cell })}
              // A cell is a position on one basis; on the other basis it would select different risks.
              onBasisChange={(basis) => setFilter({ ...filter, basis, cell: null })}
            />
            <Stack.Item className={classes.list}>
              <Text block aria-live="polite" data-testid="risk-count">
                Showing {shown.length} of {risks.length} risks
              </Text>
              {shown.length === 0 && onlyMine && mine.total > 0 ? (
                <EmptyState title={NOTHING_OF_YOURS}>
                  <DefaultButton text="Show everyone's" onClick={() => setOnlyMine(false)} />
                </EmptyState>
              ) : shown.length === 0 ? (
                <EmptyState title="No risks match these filters">
                  <DefaultButton text="Clear filters" onClick={() => setFilter({ ...DEFAULT_RISK_FILTER, basis: filter.basis })} />
                </EmptyState>
              ) : (
                <RiskList
                  risks={shown}
                  kpis={data.kpis}
                  kpiStatuses={data.kpiStatuses}
                  today={today}
                  sort={sort}
                  onSort={setSort}
                  onOpen={openRisk}
                />
              )}
            </Stack.Item>
          </Stack>
        </>
      )}
      {editor && (
        <RiskEditorPanel
          key={editor.version}
          initial={editor.draft}
          kpis={data.kpis}
          // Owners are picked from the directory, everyone already named in the lists first: risk, mitigation and KPI owners.
          search={peopleSearch}
          people={knownPeople(
            risks.map((r) => r.owner),
            risks.flatMap((r) => r.mitigationActions.map((m) => m.owner)),
            data.kpis.map((k) => k.owner),
          )}
          kpiStatuses={data.kpiStatuses}
          {...(data.kpiError !== undefined ? { kpiUnavailable: 'The KPI list could not be read' } : {})}
          today={today}
          locale={env.locale}
          saving={saver.saving}
          {...(saver.error !== null ? { saveError: `${saver.error} Your changes are still in the form.` } : {})}
          onSave={(risk) => save(risk, editor.etag)}
          onDismiss={() => setEditor(null)}
        />
      )}
      {saver.conflictDialog}
    </Stack>
  );
}
