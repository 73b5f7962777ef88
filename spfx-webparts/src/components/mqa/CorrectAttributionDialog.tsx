import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { DateField } from '../common/DateField';
import { useUnsavedGuard } from '../common/use-unsaved-guard';
import type { SourceField } from '@gtm/shared';
import { ACCOUNT_TEXT_LIMITS } from '@gtm/shared';
import { LimitedTextField } from '../common/LimitedTextField';
import { cannotSave, isBlank, RequiredNoteField } from './RequiredNoteField';

/** The OLS/CS facts as people name them. */
export const SOURCE_FIELD_LABELS: Readonly<Record<SourceField, string>> = {
  ols: 'Original Lead Source',
  olsDate: 'Original Lead Source date',
  cs: 'Converting Source',
  csDate: 'Converting Source date',
};

/** Props of {@link CorrectAttributionDialog}. */
export interface CorrectAttributionDialogProps {
  field: SourceField;
  currentValue: string;
  /** Saves the correction; resolves true when stored (the dialog then closes). */
  onSubmit: (newValue: string, reason: string) => Promise<boolean>;
  onDismiss: () => void;
  /** The user's locale: a date (OLS or CS date) is picked or typed as it writes dates. */
  locale: string;
  /** Why the last attempt was refused (the domain's reason or SharePoint's error). */
  error: string | null;
  saving: boolean;
}

/**
 * Corrects one OLS/CS fact. Those are facts set once, so a correction asks for the new value and a
 * reason, which go into the account's audit trail with who and when. Missing input is flagged on
 * the field itself; nothing typed is lost when the save is refused.
 */
export function CorrectAttributionDialog({ field, currentValue, onSubmit, onDismiss, error, saving, locale }: CorrectAttributionDialogProps): React.ReactElement {
  const label = SOURCE_FIELD_LABELS[field];
  const isDate = field === 'olsDate' || field === 'csDate';
  const [value, setValue] = React.useState(currentValue);
  const [reason, setReason] = React.useState('');
  const [touched, setTouched] = React.useState(false);
  // Escape and Cancel ask first once a new value or a reason is typed.
  const guard = useUnsavedGuard(value !== currentValue || reason.trim() !== '', onDismiss);
  // A source is a single line of text; a date is short anyway (its format is checked on save).
  const valueLimit = field === 'ols' || field === 'olsDate' ? ACCOUNT_TEXT_LIMITS.ols : ACCOUNT_TEXT_LIMITS.cs;
  const valueError = touched && isBlank(value) ? `${isDate ? 'Pick or type' : 'Enter'} the correct ${label}.` : undefined;

  const submit = async (): Promise<void> => {
    setTouched(true);
    if (cannotSave(value, valueLimit) || cannotSave(reason, ACCOUNT_TEXT_LIMITS.reason)) return;
    if (await onSubmit(value, reason)) onDismiss();
  };

  return (
    <>
      <Dialog
        hidden={false}
        onDismiss={guard.requestClose}
        minWidth={480}
        dialogContentProps={{ type: DialogType.normal, title: `Correct the ${label}`, subText: `Recorded now: ${currentValue}` }}
        modalProps={{ isBlocking: true }}
      >
        <Stack tokens={{ childrenGap: 8 }} data-testid="correct-attribution-dialog">
          {error !== null && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
              {error}
            </MessageBar>
          )}
          {isDate ? (
            <DateField label={`New ${label}`} required locale={locale} value={value} onChange={setValue} errorMessage={valueError} width={220} />
          ) : (
            <LimitedTextField
              label={`New ${label}`}
              required
              limit={valueLimit}
              value={value}
              onChange={(_, v) => setValue(v ?? '')}
              errorMessage={valueError}
            />
          )}
          <RequiredNoteField
            label="Reason for the correction"
            rows={3}
            value={reason}
            onChange={setReason}
            showMissing={touched}
            missingMessage="A correction needs a reason: say why the recorded value is wrong (it goes into the audit trail)."
          />
        </Stack>
        <DialogFooter>
          <PrimaryButton text="Save correction" onClick={() => void submit()} disabled={saving} />
          <DefaultButton text="Cancel" onClick={guard.requestClose} />
        </DialogFooter>
      </Dialog>
      {guard.dialog}
    </>
  );
}
