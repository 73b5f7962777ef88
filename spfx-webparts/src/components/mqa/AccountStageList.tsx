import * as React from 'react';
import type { IColumn, IGroup } from '@fluentui/react';
import { CheckboxVisibility, DetailsList, DetailsListLayoutMode, Link, SelectionMode } from '@fluentui/react';
import type { QualifiedAccount } from '@gtm/shared';
import { formatDate } from '../common/format-date';
import { groupByStage } from './stage-groups';

/** Props of {@link AccountStageList}. */
export interface AccountStageListProps {
  accounts: readonly QualifiedAccount[];
  onOpen: (accountId: string) => void;
}

function sinceOf(account: QualifiedAccount): string {
  return account.stageHistory[account.stageHistory.length - 1]?.at ?? account.identifiedAt;
}

/**
 * The accounts grouped by stage (collapsible groups, counts in the headers), virtualised by Fluent's
 * DetailsList. Each name is a link (Tab + Enter opens the account panel); arrow keys move between
 * rows and Enter on a row opens it too.
 */
export function AccountStageList({ accounts, onOpen }: AccountStageListProps): React.ReactElement {
  const { items, groups } = React.useMemo(() => {
    const stageGroups = groupByStage(accounts);
    const flat: QualifiedAccount[] = [];
    const headers: IGroup[] = stageGroups.map((group) => {
      const header: IGroup = { key: group.stage, name: group.label, startIndex: flat.length, count: group.accounts.length, level: 0 };
      flat.push(...group.accounts);
      return header;
    });
    return { items: flat, groups: headers };
  }, [accounts]);

  const columns = React.useMemo<IColumn[]>(
    () => [
      {
        key: 'name',
        name: 'Account',
        minWidth: 160,
        maxWidth: 260,
        isRowHeader: true,
        onRender: (account: QualifiedAccount) => (
          <Link onClick={() => onOpen(account.id)} data-testid="account-link">
            {account.name}
          </Link>
        ),
      },
      { key: 'domain', name: 'Domain', fieldName: 'domain', minWidth: 120, maxWidth: 200 },
      { key: 'icp', name: 'ICP fit', minWidth: 50, maxWidth: 60, onRender: (a: QualifiedAccount) => `${a.icpFit} / 5` },
      { key: 'engagement', name: 'Engagement', minWidth: 70, maxWidth: 90, onRender: (a: QualifiedAccount) => String(a.engagementScore) },
      {
        key: 'owner',
        name: 'Marketing owner',
        minWidth: 120,
        maxWidth: 180,
        onRender: (a: QualifiedAccount) => a.marketingOwner.displayName ?? a.marketingOwner.email,
      },
      { key: 'since', name: 'In stage since', minWidth: 90, maxWidth: 110, onRender: (a: QualifiedAccount) => formatDate(sinceOf(a)) },
    ],
    [onOpen],
  );

  return (
    <div data-testid="account-stage-list">
      <DetailsList
        items={items}
        groups={groups}
        columns={columns}
        getKey={(account: QualifiedAccount) => account.id}
        selectionMode={SelectionMode.none}
        checkboxVisibility={CheckboxVisibility.hidden}
        layoutMode={DetailsListLayoutMode.justified}
        onItemInvoked={(account: QualifiedAccount) => onOpen(account.id)}
        ariaLabelForGrid="MQA accounts by stage"
        groupProps={{
          showEmptyGroups: false,
          onRenderHeader: (headerProps, defaultRender) => (
            <div data-testid="stage-group" data-stage={headerProps?.group?.key}>
              {defaultRender?.(headerProps)}
            </div>
          ),
        }}
      />
    </div>
  );
}
