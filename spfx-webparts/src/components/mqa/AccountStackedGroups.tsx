import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { MqaStage } from '@gtm/shared';
import { ACCOUNT_FIELDS } from './account-fields';
import type { StageGroup } from './stage-groups';

const classes = mergeStyleSets({
  group: { margin: '0 0 8px' },
  heading: { margin: 0 },
  toggle: {
    display: 'flex',
    alignItems: 'center',
    gap: 6,
    width: '100%',
    padding: '8px 0',
    border: 'none',
    borderBottom: '1px solid rgba(128, 128, 128, 0.35)',
    background: 'transparent',
    color: 'inherit',
    font: 'inherit',
    fontWeight: 600,
    textAlign: 'left',
    cursor: 'pointer',
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  row: { padding: '8px 0', borderBottom: '1px solid rgba(128, 128, 128, 0.35)', minWidth: 0 },
  // Two fields a line at 320 px, more when there is room; every value wraps rather than widening the row.
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: '4px 12px', margin: '6px 0 0' },
  field: { minWidth: 0 },
  fullLine: { gridColumn: '1 / -1' },
  term: { fontSize: 12, opacity: 0.8 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** Props of {@link AccountStackedGroups}. */
export interface AccountStackedGroupsProps {
  groups: readonly StageGroup[];
  onOpen: (accountId: string) => void;
}

/**
 * The MQA list on a narrow screen, as the Risk Register does below 560 px: each stage a heading
 * whose button shows or hides its accounts (the WAI-ARIA disclosure pattern, aria-expanded, as the
 * table's collapsible group headers), each account a stacked row — its name as the link that
 * opens it, then Domain, ICP fit, Engagement, Marketing owner and In stage since as labelled
 * fields one under another, so nothing is wider than the window (WCAG 1.4.10).
 * https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/
 */
export function AccountStackedGroups({ groups, onOpen }: AccountStackedGroupsProps): React.ReactElement {
  const [collapsed, setCollapsed] = React.useState<ReadonlySet<MqaStage>>(new Set());
  const toggle = (stage: MqaStage): void =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(stage)) next.delete(stage);
      else next.add(stage);
      return next;
    });

  return (
    <div aria-label="MQA accounts by stage" role="region">
      {groups.map((group) => {
        const open = !collapsed.has(group.stage);
        const listId = `mqa-stage-${group.stage}`;
        return (
          <section key={group.stage} className={classes.group} data-testid="stage-group" data-stage={group.stage}>
            <h3 className={classes.heading}>
              <button type="button" className={classes.toggle} aria-expanded={open} aria-controls={listId} onClick={() => toggle(group.stage)}>
                <Icon iconName={open ? 'ChevronDown' : 'ChevronRight'} aria-hidden />
                <Text styles={{ root: { fontWeight: 600 } }}>
                  {group.label} ({group.accounts.length})
                </Text>
              </button>
            </h3>
            {open && (
              <ul id={listId} className={classes.list} aria-label={`${group.label} accounts`}>
                {group.accounts.map((account) => (
                  <li key={account.id} className={classes.row} data-testid="account-row">
                    <Link onClick={() => onOpen(account.id)} data-testid="account-link">
                      {account.name}
                    </Link>
                    <dl className={classes.fields}>
                      {ACCOUNT_FIELDS.map((field) => (
                        <div key={field.key} className={field.fullLine ? `${classes.field} ${classes.fullLine}` : classes.field} data-testid={`account-field-${field.key}`}>
                          <dt className={classes.term}>{field.name}</dt>
                          <dd className={classes.value}>{field.render(account)}</dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
