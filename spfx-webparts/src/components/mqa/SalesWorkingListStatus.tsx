import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { QualifiedAccount, SalesWorkingEntry } from '@gtm/shared';
import { MQA_STAGE_LABELS, legalNextStages } from '@gtm/shared';
import { formatDate } from '../common/format-date';
import { belongsOnWorkingList } from './share-with-sales';
import { SubmitButton } from './SubmitButton';

/** Props of {@link SalesWorkingListStatus}. */
export interface SalesWorkingListStatusProps {
  account: QualifiedAccount;
  /** The account's row on the Sales working list, if it has one. */
  entry: SalesWorkingEntry | undefined;
  /** Adds the missing row of an account that is at Shared with Sales or further (records nothing on the account). */
  onAddRow: () => Promise<boolean>;
  saving: boolean;
}

/**
 * Where the account stands with Sales: its row on the MQA Sales Working List, or how it gets one.
 * Handing over is not done here — it is the stage move to Shared with Sales, which asks for the
 * Sales owner and the Converting Source — so there is one way to hand an account over. An account
 * already past the hand-over whose row is missing (an import, a failed add) can get its row here.
 */
export function SalesWorkingListStatus({ account, entry, onAddRow, saving }: SalesWorkingListStatusProps): React.ReactElement {
  if (entry) {
    return (
      <Text data-testid="shared-with-sales">
        On the Sales working list since {formatDate(entry.sharedOn)} ({MQA_STAGE_LABELS[entry.status]}
        {entry.salesOwner ? `, ${entry.salesOwner.displayName ?? entry.salesOwner.email}` : ''}).
      </Text>
    );
  }
  if (belongsOnWorkingList(account)) {
    return (
      <Stack tokens={{ childrenGap: 6 }}>
        <Text>{MQA_STAGE_LABELS[account.stage]}, but not on the Sales working list yet.</Text>
        <SubmitButton text="Add to the Sales working list" onSubmit={onAddRow} disabled={saving} />
      </Stack>
    );
  }
  if (legalNextStages(account).includes('shared-with-sales')) {
    return (
      <Text data-testid="not-shared-yet">
        Not shared with Sales yet. To hand it over, choose Shared with Sales under “Move to another stage”: it asks for the Sales owner and
        the Converting Source.
      </Text>
    );
  }
  return <Text>An account is shared with Sales after Presales validation (it is at {MQA_STAGE_LABELS[account.stage]}).</Text>;
}
