import * as React from 'react';
import { Stack, Text } from '@fluentui/react';
import type { QualifiedAccount, SalesWorkingEntry } from '@gtm/shared';
import { MQA_STAGE_LABELS, legalNextStages } from '@gtm/shared';
import { formatDate } from '../common/format-date';
import { cannotSave, RequiredNoteField } from './RequiredNoteField';
import { belongsOnWorkingList } from './share-with-sales';
import { SubmitButton } from './SubmitButton';

/** Props of {@link ShareWithSales}. */
export interface ShareWithSalesProps {
  account: QualifiedAccount;
  /** The account's row on the Sales working list, if it has one. */
  entry: SalesWorkingEntry | undefined;
  /** Shares: moves to Shared with Sales with the evidence when the move is due (null when already there), and adds the row. */
  onShare: (evidence: string | null) => Promise<boolean>;
  saving: boolean;
  /** Told whether hand-over evidence is typed (unsaved work the panel asks about before closing). */
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * "Share with Sales": puts the account on the MQA Sales Working List, once. An account at Presales
 * validation (or back from Stalled) moves to Shared with Sales first, with the evidence for the
 * handover; an account already at that stage without a row just gets its row.
 */
export function ShareWithSales({ account, entry, onShare, saving, onDirtyChange }: ShareWithSalesProps): React.ReactElement {
  const [evidence, setEvidence] = React.useState('');
  const [touched, setTouched] = React.useState(false);
  const dirty = entry === undefined && evidence.trim() !== '';
  React.useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

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
        <SubmitButton text="Share with Sales" onSubmit={() => onShare(null)} disabled={saving} />
      </Stack>
    );
  }
  if (!legalNextStages(account).includes('shared-with-sales')) {
    return <Text>An account is shared with Sales after Presales validation (it is at {MQA_STAGE_LABELS[account.stage]}).</Text>;
  }
  const submit = async (): Promise<void> => {
    setTouched(true);
    if (cannotSave(evidence)) return;
    if (await onShare(evidence)) setEvidence('');
  };
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <RequiredNoteField
        label="Handover evidence"
        value={evidence}
        onChange={setEvidence}
        showMissing={touched}
        missingMessage="Say why Sales should take the account now (the handover evidence)."
      />
      <SubmitButton text="Share with Sales" onSubmit={submit} disabled={saving} />
    </Stack>
  );
}
