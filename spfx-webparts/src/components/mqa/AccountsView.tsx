import * as React from 'react';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { AccountResult, MqaStage, PeopleSearch, Person, QualifiedAccount, SalesWorkingEntry, SourceField, StoredItem } from '@gtm/shared';
import { correctAttribution, handOverToSales, moveAccount, reject, selectMine } from '@gtm/shared';
import { EmptyState } from '../common/EmptyState';
import { InvalidRowsMessage } from '../common/InvalidRowsMessage';
import { knownPeople } from '../common/known-people';
import type { WebPartEnvironment } from '../common/environment';
import { ListErrorMessage } from '../common/ListErrorMessage';
import { LoadingState } from '../common/LoadingState';
import { MineToggle, NOTHING_OF_YOURS } from '../common/MineToggle';
import type { GtmRepositories } from '../common/repositories';
import { useLoad } from '../common/use-load';
import type { Change } from '../common/use-save';
import { useSave } from '../common/use-save';
import { AccountPanel } from './lazy-parts';
import { AccountStageList } from './AccountStageList';
import type { AccountFilter } from './account-filter';
import { NO_ACCOUNT_FILTER, filterAccounts, marketingOwnersOf } from './account-filter';
import type { AccountsData } from './accounts-data';
import { loadAccountsData, workingEntryOf } from './accounts-data';
import { AttributionCard } from './AttributionCard';
import { ACCOUNT_CONFLICT_LABELS, describeAccount } from './conflict-fields';
import { ensureOnWorkingList } from './share-with-sales';
import { currentPerson, todayOf } from './today';
import type { HandOverRequest } from './StageMoveForm';
import { useWorkingListFollow } from './use-working-list-follow';

const classes = mergeStyleSets({
  // The attribution card under the list below 720 px (SharePoint's mobile view, a phone): beside
  // it, its 300 px column scrolled a 320 px window sideways (WCAG 1.4.10).
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 300px',
    gap: 16,
    alignItems: 'start',
    selectors: { '@media (max-width: 719px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  },
});

const ALL_OWNERS = '*';

/** Whose an account is, for the "Mine" filter: its marketing owner and, once it has one, its sales owner. */
const byEitherOwner = (a: QualifiedAccount): readonly (Person | null)[] => [a.marketingOwner, a.salesOwner];

/** A domain rule's account result as a save change. */
function asChange(rule: (account: QualifiedAccount) => AccountResult): Change<QualifiedAccount> {
  return (account) => {
    const result = rule(account);
    return result.ok ? { ok: true, value: result.account } : result;
  };
}

/** Props of {@link AccountsView}. */
export interface AccountsViewProps {
  env: WebPartEnvironment;
  repositories: GtmRepositories;
  /** The directory a hand-over's Sales owner is picked from. */
  peopleSearch: PeopleSearch;
}

/**
 * The "Accounts" view of the MQA file: search and owner filter, the accounts grouped by stage, the
 * OLS/CS attribution card for the accounts in view, and the account panel where stages move,
 * OLS/CS are corrected and accounts are handed over to Sales.
 */
export function AccountsView({ env, repositories, peopleSearch }: AccountsViewProps): React.ReactElement {
  const load = useLoad(() => loadAccountsData(repositories), [repositories]);
  const deals = useLoad(() => repositories.deals.read(), [repositories]);
  const [data, setData] = React.useState<AccountsData | undefined>(undefined);
  const [filter, setFilter] = React.useState<AccountFilter>(NO_ACCOUNT_FILTER);
  const [openId, setOpenId] = React.useState<string | null>(null);
  const [onlyMine, setOnlyMine] = React.useState(false);

  React.useEffect(() => {
    if (load.value) setData(load.value);
  }, [load.value]);

  const replaceAccount = React.useCallback((stored: StoredItem<QualifiedAccount>) => {
    setData((d) => d && { ...d, accounts: d.accounts.map((a) => (a.itemId === stored.itemId ? stored : a)) });
  }, []);
  const saver = useSave<QualifiedAccount>({
    repository: repositories.accounts,
    describe: describeAccount,
    fieldLabels: ACCOUNT_CONFLICT_LABELS,
    onStored: replaceAccount,
    // Deleted, or no longer readable as an account: it leaves the view (a reload reports an unreadable one).
    onGone: (itemId) => {
      setOpenId(null);
      setData((d) => d && { ...d, accounts: d.accounts.filter((a) => a.itemId !== itemId) });
    },
  });

  // The data as last rendered, for follow-ups that run after an await (a retry, "Apply mine again").
  const latestData = React.useRef(data);
  latestData.current = data;
  const replaceRow = React.useCallback((stored: StoredItem<SalesWorkingEntry>) => {
    setData((d) => d && { ...d, workingList: d.workingList.map((r) => (r.itemId === stored.itemId ? stored : r)) });
  }, []);
  const follower = useWorkingListFollow({
    repository: repositories.salesWorkingList,
    current: (accountId) => ({
      account: latestData.current?.accounts.find((a) => a.entity.id === accountId)?.entity,
      row: workingEntryOf(latestData.current?.workingList ?? [], accountId),
    }),
    onStored: replaceRow,
    onRowGone: (itemId) => setData((d) => d && { ...d, workingList: d.workingList.filter((r) => r.itemId !== itemId) }),
  });

  const entities = React.useMemo(() => (data ? data.accounts.map((a) => a.entity) : []), [data]);
  const signedIn = env.currentUser;
  // "Mine" narrows what the search and owner filter leave, and counts those ("3 of 12").
  const mine = React.useMemo(() => selectMine(filterAccounts(entities, filter), byEitherOwner, signedIn), [entities, filter, signedIn]);
  const inView = React.useMemo(() => (onlyMine ? mine.mine : filterAccounts(entities, filter)), [entities, filter, onlyMine, mine]);
  const owners = React.useMemo(() => marketingOwnersOf(entities), [entities]);
  // The Sales owners already on the file and the working list come first in the hand-over's picker.
  const salesPeople = React.useMemo(
    () => knownPeople(entities.map((a) => a.salesOwner), (data?.workingList ?? []).map((r) => r.entity.salesOwner)),
    [entities, data?.workingList],
  );
  const onOpen = React.useCallback((id: string) => setOpenId(id), []);

  if (data === undefined) {
    return load.state === 'error' ? <ListErrorMessage error={load.error} env={env} onRetry={load.reload} /> : <LoadingState label="Loading the MQA file…" />;
  }

  const open = openId === null ? undefined : data.accounts.find((a) => a.entity.id === openId);
  const today = todayOf(env);
  const me = currentPerson(env);

  const addToWorkingList = async (stored: StoredItem<QualifiedAccount>): Promise<StoredItem<SalesWorkingEntry>> => {
    const { entry } = await ensureOnWorkingList(repositories.salesWorkingList, stored.entity, today);
    setData((d) => d && (workingEntryOf(d.workingList, entry.entity.accountId) ? d : { ...d, workingList: [...d.workingList, entry] }));
    return entry;
  };
  // After a stored move, the account's working-list row follows it (a failure shows as a lag in the panel).
  const followMove = async (stored: StoredItem<QualifiedAccount>, to: MqaStage): Promise<void> => {
    // Shared with Sales is a row in the Sales working list (DOMAIN.md §5): the move adds it, or
    // finds the row a stalled account already has (which then follows like any other move).
    const row = to === 'shared-with-sales' ? await addToWorkingList(stored) : workingEntryOf(latestData.current?.workingList ?? [], stored.entity.id);
    await follower.follow(stored.entity, row);
  };
  const move = async (current: StoredItem<QualifiedAccount>, to: MqaStage, evidence: string): Promise<boolean> => {
    const outcome = await saver.saveChanges(
      current,
      // Shared with Sales is reached only by a hand-over (Sales owner and Converting Source), never a bare move.
      asChange((a) => (to === 'shared-with-sales' ? reject(`Hand ${a.name} over to Sales with its Sales owner and Converting Source.`) : moveAccount(a, to, { at: today, by: me, evidence }))),
      (stored) => followMove(stored, to),
    );
    return outcome.kind === 'saved';
  };
  // The one way to Shared with Sales: the hand-over rule, re-run on their version after a conflict.
  const handOver = async (current: StoredItem<QualifiedAccount>, request: HandOverRequest): Promise<boolean> => {
    const outcome = await saver.saveChanges(
      current,
      asChange((a) => handOverToSales(a, { ...request, at: today, by: me })),
      (stored) => followMove(stored, 'shared-with-sales'),
    );
    return outcome.kind === 'saved';
  };
  const addRow = (current: StoredItem<QualifiedAccount>): Promise<boolean> => saver.perform(async () => void (await addToWorkingList(current)));
  const correct = async (current: StoredItem<QualifiedAccount>, field: SourceField, value: string, reason: string): Promise<boolean> =>
    (await saver.saveChanges(current, asChange((a) => correctAttribution(a, field, value, reason, me, today)))).kind === 'saved';

  const ownerOptions: IDropdownOption[] = [{ key: ALL_OWNERS, text: 'All marketing owners' }, ...owners.map((o) => ({ key: o.email, text: o.name }))];

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="accounts-view">
      {load.state === 'error' && <ListErrorMessage error={load.error} env={env} onRetry={load.reload} />}
      <InvalidRowsMessage testId="invalid-accounts" rows={data.invalid.map((row) => ({ list: repositories.accounts.list.title, ...row }))} />
      {data.accounts.length === 0 ? (
        <EmptyState title="The MQA file has no accounts yet">
          <Text>Accounts arrive from the CRM import, or when a direct request is closed as MQA in “Direct requests”.</Text>
        </EmptyState>
      ) : (
        <>
          <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
            <SearchBox
              placeholder="Search name, domain or intent topic"
              ariaLabel="Search accounts"
              value={filter.search}
              onChange={(_, v) => setFilter((f) => ({ ...f, search: v ?? '' }))}
              styles={{ root: { width: 280 } }}
            />
            <Dropdown
              label="Marketing owner"
              options={ownerOptions}
              selectedKey={filter.marketingOwner ?? ALL_OWNERS}
              onChange={(_, option) => setFilter((f) => ({ ...f, marketingOwner: option && option.key !== ALL_OWNERS ? String(option.key) : null }))}
              styles={{ root: { width: 220 } }}
            />
            <MineToggle
              checked={onlyMine}
              onChange={setOnlyMine}
              userName={signedIn.displayName}
              counts={[{ mine: mine.mine.length, total: mine.total, noun: 'accounts' }]}
            />
            <Text data-testid="accounts-in-view">
              {inView.length} of {entities.length} accounts
            </Text>
          </Stack>
          <div className={classes.layout}>
            {inView.length === 0 && onlyMine && mine.total > 0 ? (
              <EmptyState title={NOTHING_OF_YOURS}>
                <Text>No account in view has you as its marketing or sales owner.</Text>
              </EmptyState>
            ) : inView.length === 0 ? (
              <EmptyState title="No account matches the search or filter">
                <Text>Clear the search or choose “All marketing owners”.</Text>
              </EmptyState>
            ) : (
              <AccountStageList accounts={inView} onOpen={onOpen} />
            )}
            <AttributionCard accounts={inView} deals={deals.value?.items} dealsError={deals.state === 'error' ? deals.error : undefined} />
          </div>
        </>
      )}
      {open && (
        <AccountPanel
          account={open.entity}
          locale={env.locale}
          workingEntry={workingEntryOf(data.workingList, open.entity.id)?.entity}
          workingListLag={follower.lags.get(open.entity.id)?.reason ?? null}
          onRetryWorkingList={() => follower.retry(open.entity.id)}
          today={today}
          peopleSearch={peopleSearch}
          people={salesPeople}
          saving={saver.saving || follower.busy}
          error={saver.error}
          onClearError={saver.clearError}
          onMove={(to, evidence) => move(open, to, evidence)}
          onHandOver={(request) => handOver(open, request)}
          onAddWorkingRow={() => addRow(open)}
          onCorrect={(field, value, reason) => correct(open, field, value, reason)}
          onDismiss={() => {
            saver.clearError();
            setOpenId(null);
          }}
        />
      )}
      {saver.conflictDialog}
      {follower.conflictDialog}
    </Stack>
  );
}
