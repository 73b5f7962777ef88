import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { QualifiedAccount, SourceField } from '@gtm/shared';
import { formatDate } from '../common/format-date';
import { SOURCE_FIELD_LABELS } from './CorrectAttributionDialog';

const classes = mergeStyleSets({
  // The term and the value may wrap and the value's column may shrink to nothing, so the "Correct"
  // button stays inside a 320 px panel (WCAG 1.4.10); max-content columns pushed it to 367 px.
  facts: { display: 'grid', gridTemplateColumns: 'fit-content(45%) minmax(0, 1fr) auto', columnGap: 12, rowGap: 2, alignItems: 'center', margin: 0 },
  term: { fontWeight: 600, overflowWrap: 'anywhere' },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
});

const FIELDS: readonly SourceField[] = ['ols', 'olsDate', 'cs', 'csDate'];

/** Props of {@link AttributionFacts}. */
export interface AttributionFactsProps {
  account: QualifiedAccount;
  onCorrect: (field: SourceField) => void;
}

function shown(account: QualifiedAccount, field: SourceField): string {
  const value = account[field];
  if (value === null) return 'Not recorded';
  return field === 'olsDate' || field === 'csDate' ? formatDate(value) : value;
}

/**
 * The account's OLS and CS with their dates, read-only: they are facts set once (by the CRM
 * import). A recorded one can be corrected with a reason; the audit trail lists every correction.
 */
export function AttributionFacts({ account, onCorrect }: AttributionFactsProps): React.ReactElement {
  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="attribution-facts">
      <dl className={classes.facts}>
        {FIELDS.map((field) => (
          <React.Fragment key={field}>
            <dt className={classes.term}>{SOURCE_FIELD_LABELS[field]}</dt>
            <dd className={classes.value} data-testid={`fact-${field}`}>
              {shown(account, field)}
            </dd>
            <dd style={{ margin: 0 }}>
              {account[field] !== null && (
                <ActionButton
                  iconProps={{ iconName: 'Edit' }}
                  text="Correct"
                  ariaLabel={`Correct the ${SOURCE_FIELD_LABELS[field]}`}
                  onClick={() => onCorrect(field)}
                />
              )}
            </dd>
          </React.Fragment>
        ))}
      </dl>
      {account.attributionAudit.length > 0 && (
        <Stack tokens={{ childrenGap: 2 }}>
          <Text variant="small" styles={{ root: { fontWeight: 600 } }}>
            Corrections
          </Text>
          <ul style={{ margin: 0, paddingLeft: 18 }} aria-label="Corrections of OLS and CS">
            {account.attributionAudit.map((entry, i) => (
              <li key={i}>
                <Text variant="small">
                  {formatDate(entry.at)} — {entry.by.displayName ?? entry.by.email} changed the {SOURCE_FIELD_LABELS[entry.field]} from “
                  {entry.oldValue ?? '—'}” to “{entry.newValue}”: {entry.reason}
                </Text>
              </li>
            ))}
          </ul>
        </Stack>
      )}
    </Stack>
  );
}
