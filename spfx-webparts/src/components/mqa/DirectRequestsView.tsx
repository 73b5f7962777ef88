import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { CheckboxVisibility, DetailsList, DetailsListLayoutMode } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { SelectionMode } from '@fluentui/react/lib/Selection';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { DirectRequest, DirectRequestOutcome, DirectRequestResult, QualifiedAccount, StoredItem } from '@gtm/shared';
import { DIRECT_REQUEST_KIND_LABELS, closeDirectRequest, identifyAccount, rateDirectRequest, recordOutreach } from '@gtm/shared';
import { EmptyState } from '../common/EmptyState';
import { InvalidRowsMessage } from '../common/InvalidRowsMessage';
import type { WebPartEnvironment } from '../common/environment';
import { formatDate } from '../common/format-date';
import { ListErrorMessage } from '../common/ListErrorMessage';
import { LoadingState } from '../common/LoadingState';
import type { GtmRepositories } from '../common/repositories';
import { useLoad } from '../common/use-load';
import type { Change } from '../common/use-save';
import { useSave } from '../common/use-save';
import type { CloseChoice } from './CloseRequestForm';
import { REQUEST_CONFLICT_LABELS, describeRequest } from './conflict-fields';
import { DirectRequestPanel } from './lazy-parts';
import { REQUEST_STATUS_LABELS, emailDomain, queueOrder, requestStatus } from './request-queue';
import { currentPerson, todayOf } from './today';

interface RequestsData {
  requests: StoredItem<DirectRequest>[];
  invalid: { id: number; errors: string[] }[];
  accounts: QualifiedAccount[];
}

async function loadRequests(repositories: Pick<GtmRepositories, 'directRequests' | 'accounts'>): Promise<RequestsData> {
  const [requests, accounts] = await Promise.all([repositories.directRequests.readStored(), repositories.accounts.read()]);
  return {
    requests: requests.items,
    invalid: requests.invalid,
    accounts: accounts.items,
  };
}

function asChange(rule: (request: DirectRequest) => DirectRequestResult): Change<DirectRequest> {
  return (request) => {
    const result = rule(request);
    return result.ok ? { ok: true, value: result.request } : result;
  };
}

/** Props of {@link DirectRequestsView}. */
export interface DirectRequestsViewProps {
  env: WebPartEnvironment;
  repositories: GtmRepositories;
}

/**
 * "Direct requests": the Global Marketing Director's triage queue of demo submissions and contact
 * messages — rate ICP alignment, relevance and strategic fit, record the presales outreach, and
 * close each as MQL, MQA (linking or creating the account) or nurture.
 */
export function DirectRequestsView({ env, repositories }: DirectRequestsViewProps): React.ReactElement {
  const load = useLoad(() => loadRequests(repositories), [repositories]);
  const [data, setData] = React.useState<RequestsData | undefined>(undefined);
  const [openId, setOpenId] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (load.value) setData(load.value);
  }, [load.value]);

  const saver = useSave<DirectRequest>({
    repository: repositories.directRequests,
    describe: describeRequest,
    fieldLabels: REQUEST_CONFLICT_LABELS,
    onStored: (stored) => setData((d) => d && { ...d, requests: d.requests.map((r) => (r.itemId === stored.itemId ? stored : r)) }),
    onGone: (itemId) => {
      setOpenId(null);
      setData((d) => d && { ...d, requests: d.requests.filter((r) => r.itemId !== itemId) });
    },
  });
  const save = async (current: StoredItem<DirectRequest>, change: Change<DirectRequest>): Promise<boolean> =>
    (await saver.saveChanges(current, change)).kind === 'saved';

  const queue = React.useMemo(() => (data ? queueOrder(data.requests.map((r) => r.entity)) : []), [data]);
  const columns = React.useMemo<IColumn[]>(
    () => [
      { key: 'received', name: 'Received', minWidth: 90, maxWidth: 100, onRender: (r: DirectRequest) => formatDate(r.receivedAt) },
      {
        key: 'contact',
        name: 'From',
        minWidth: 160,
        maxWidth: 240,
        isRowHeader: true,
        onRender: (r: DirectRequest) => (
          <Link onClick={() => setOpenId(r.id)} data-testid="request-link">
            {r.contact.name ?? r.contact.email}
          </Link>
        ),
      },
      { key: 'company', name: 'Company', minWidth: 120, maxWidth: 200, onRender: (r: DirectRequest) => r.contact.company ?? emailDomain(r.contact.email) },
      { key: 'kind', name: 'Kind', minWidth: 110, maxWidth: 130, onRender: (r: DirectRequest) => DIRECT_REQUEST_KIND_LABELS[r.kind] },
      {
        key: 'status',
        name: 'Status',
        minWidth: 150,
        maxWidth: 200,
        onRender: (r: DirectRequest) => <span data-testid="request-status">{REQUEST_STATUS_LABELS[requestStatus(r)]}{r.outcome ? ` (${r.outcome.kind.toUpperCase()})` : ''}</span>,
      },
    ],
    [],
  );

  if (data === undefined) {
    return load.state === 'error' ? <ListErrorMessage error={load.error} env={env} onRetry={load.reload} /> : <LoadingState label="Loading direct requests…" />;
  }

  const open = openId === null ? undefined : data.requests.find((r) => r.entity.id === openId);
  const today = todayOf(env);
  const me = currentPerson(env);
  const openCount = queue.filter((r) => r.outcome === null).length;

  const close = async (current: StoredItem<DirectRequest>, choice: CloseChoice): Promise<boolean> => {
    let outcome: DirectRequestOutcome;
    if (choice.kind === 'mql') outcome = choice.leadId === '' ? { kind: 'mql' } : { kind: 'mql', leadId: choice.leadId };
    else if (choice.kind === 'nurture') outcome = { kind: 'nurture' };
    else if (choice.kind === 'mqa-link') outcome = { kind: 'mqa', accountId: choice.accountId };
    else {
      // Check the request can close before creating the account, so a refusal leaves no orphan account.
      const check = closeDirectRequest(current.entity, { kind: 'mqa', accountId: 'new' }, today);
      if (!check.ok) {
        await saver.perform(() => Promise.reject(new Error(check.reason)));
        return false;
      }
      let accountId = '';
      const created = await saver.perform(async () => {
        const identified = identifyAccount(
          {
            id: 'new',
            name: choice.name,
            domain: choice.domain,
            icpFit: current.entity.triage?.icpAlignment ?? 3,
            intentTopics: [],
            engagementScore: 0,
            marketingOwner: me,
          },
          { at: today, by: me, evidence: choice.evidence },
        );
        if (!identified.ok) throw new Error(identified.reason);
        // A new account cannot conflict with anyone; a failure keeps the form as typed, with the message.
        const added = await repositories.accounts.saveNew(identified.account);
        if (added.kind !== 'saved') throw new Error(added.kind === 'failed' ? added.message : `${choice.name} was added by someone else; reload the page.`);
        accountId = added.entity.id;
        setData((d) => d && { ...d, accounts: [...d.accounts, added.entity] });
      });
      if (!created) return false;
      outcome = { kind: 'mqa', accountId };
    }
    return save(current, asChange((r) => closeDirectRequest(r, outcome, today)));
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="direct-requests-view">
      {load.state === 'error' && <ListErrorMessage error={load.error} env={env} onRetry={load.reload} />}
      <InvalidRowsMessage rows={data.invalid.map((row) => ({ list: repositories.directRequests.list.title, ...row }))} />
      {queue.length === 0 ? (
        <EmptyState title="No direct requests">
          <Text>Demo requests and contact messages appear here when they arrive in the Direct Requests list.</Text>
        </EmptyState>
      ) : (
        <>
          <Text data-testid="requests-open-count">
            {openCount} open of {queue.length} requests (oldest first)
          </Text>
          <DetailsList
            items={queue}
            columns={columns}
            getKey={(r: DirectRequest) => r.id}
            selectionMode={SelectionMode.none}
            checkboxVisibility={CheckboxVisibility.hidden}
            layoutMode={DetailsListLayoutMode.justified}
            onItemInvoked={(r: DirectRequest) => setOpenId(r.id)}
            ariaLabelForGrid="Direct requests, open ones first"
          />
        </>
      )}
      {open && (
        <DirectRequestPanel
          request={open.entity}
          accounts={data.accounts}
          saving={saver.saving}
          error={saver.error}
          onClearError={saver.clearError}
          onRate={(ratings) => save(open, asChange((r) => rateDirectRequest(r, ratings, me, today)))}
          onRecordOutreach={(template, notes) =>
            save(open, asChange((r) => recordOutreach(r, { at: today, by: me, template: template.trim(), ...(notes.trim() ? { notes: notes.trim() } : {}) })))
          }
          onClose={(choice) => close(open, choice)}
          onDismiss={() => {
            saver.clearError();
            setOpenId(null);
          }}
        />
      )}
      {saver.conflictDialog}
    </Stack>
  );
}
