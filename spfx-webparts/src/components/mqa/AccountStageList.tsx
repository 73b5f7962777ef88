import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import type { IGroup } from '@fluentui/react/lib/GroupedList';
import { CheckboxVisibility, DetailsList, DetailsListLayoutMode } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { SelectionMode } from '@fluentui/react/lib/Selection';
import type { QualifiedAccount } from '@gtm/shared';
import { useNarrow } from '../common/use-narrow';
import { AccountStackedGroups } from './AccountStackedGroups';
import type { AccountField } from './account-fields';
import { ACCOUNT_FIELDS } from './account-fields';
import { groupByStage } from './stage-groups';

/**
 * Below this list width each account is a stacked row. The table's six columns need 860 px at
 * their minimum widths (measured in Chromium, headers whole): narrower, DetailsList scrolled
 * sideways inside its own box (766 px in 272 at a 320 px window), which WCAG 1.4.10 does not allow.
 */
const NARROW_BELOW = 870;

/** Props of {@link AccountStageList}. */
export interface AccountStageListProps {
  accounts: readonly QualifiedAccount[];
  onOpen: (accountId: string) => void;
}

function column(field: AccountField): IColumn {
  return { key: field.key, name: field.name, minWidth: field.minWidth, maxWidth: field.maxWidth, onRender: (a: QualifiedAccount) => field.render(a) };
}

/**
 * The accounts grouped by stage (collapsible groups, counts in the headers), virtualised by Fluent's
 * DetailsList. Each name is a link (Tab + Enter opens the account panel); arrow keys move between
 * rows and Enter on a row opens it too. Narrower than {@link NARROW_BELOW} (SharePoint's mobile
 * view, a phone, 400 % zoom) the same groups and fields are stacked rows instead of a table.
 */
export function AccountStageList({ accounts, onOpen }: AccountStageListProps): React.ReactElement {
  const containerRef = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(containerRef, NARROW_BELOW);
  const stageGroups = React.useMemo(() => groupByStage(accounts), [accounts]);
  const { items, groups } = React.useMemo(() => {
    const flat: QualifiedAccount[] = [];
    const headers: IGroup[] = stageGroups.map((group) => {
      const header: IGroup = { key: group.stage, name: group.label, startIndex: flat.length, count: group.accounts.length, level: 0 };
      flat.push(...group.accounts);
      return header;
    });
    return { items: flat, groups: headers };
  }, [stageGroups]);

  const columns = React.useMemo<IColumn[]>(
    () => [
      {
        key: 'name',
        name: 'Account',
        // DetailsList's justified layout gives spare width to the first columns first: a narrower
        // maximum here leaves it to Domain (DetailsList.base.js _getJustifiedColumns).
        minWidth: 150,
        maxWidth: 220,
        isRowHeader: true,
        onRender: (account: QualifiedAccount) => (
          <Link onClick={() => onOpen(account.id)} data-testid="account-link">
            {account.name}
          </Link>
        ),
      },
      ...ACCOUNT_FIELDS.map(column),
    ],
    [onOpen],
  );

  return (
    <div data-testid="account-stage-list" ref={containerRef}>
      {narrow ? (
        <AccountStackedGroups groups={stageGroups} onOpen={onOpen} />
      ) : (
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
      )}
    </div>
  );
}
