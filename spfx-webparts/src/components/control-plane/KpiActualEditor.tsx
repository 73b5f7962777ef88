import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import type { IsoDate, Kpi } from '@gtm/shared';
import { parseLocaleNumber } from '@gtm/shared';
import { errorText } from '../common/list-error-kind';
import { useUnsavedGuard } from '../common/use-unsaved-guard';
import { formatDate } from '../common/format-date';
import { KPI_UNIT_HINTS } from './kpi-format';

export interface KpiActualEditorProps {
  kpi: Kpi;
  /** The current cycle: the date of the review this actual is reported for. */
  cycle: IsoDate;
  /** The cycle's value already saved, if any (the field starts with it). */
  initial: number | null;
  /** The user's locale (BCP 47): the field reads and shows numbers as it writes them (2,3 in de-DE). */
  locale: string;
  /** Saves; a rejection is shown in the editor and the typed value stays. */
  onSave: (value: number) => Promise<void>;
  onCancel: () => void;
}

/**
 * The inline form for a KPI's actual in the current cycle. Refuses anything that is not a number
 * on the field itself, saying what to type; Enter saves, Escape cancels (asking first once a value is typed).
 */
export function KpiActualEditor({ kpi, cycle, initial, locale, onSave, onCancel }: KpiActualEditorProps): React.ReactElement {
  // No grouping in the field: what the user edits is the bare number in their locale (2,3 in de-DE).
  const typed = (n: number): string => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(n);
  const [text, setText] = React.useState(initial === null ? '' : typed(initial));
  const [fieldError, setFieldError] = React.useState<string | undefined>();
  const [saveError, setSaveError] = React.useState<unknown>();
  const [saving, setSaving] = React.useState(false);
  // Escape and Cancel ask first once the typed actual differs from what the field started with.
  const guard = useUnsavedGuard(text.trim() !== (initial === null ? '' : typed(initial)), onCancel);
  // A successful save closes the editor (the card unmounts it) before `finally` runs.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    const parsed = parseLocaleNumber(text, locale);
    if (!parsed.ok) {
      setFieldError(
        text.trim() === ''
          ? `Enter the actual in ${KPI_UNIT_HINTS[kpi.unit]}, e.g. ${typed(kpi.target)}.`
          : `${parsed.reason} Enter the actual in ${KPI_UNIT_HINTS[kpi.unit]}.`,
      );
      return;
    }
    const value = parsed.value;
    setFieldError(undefined);
    setSaveError(undefined);
    setSaving(true);
    try {
      await onSave(value);
    } catch (error) {
      if (mounted.current) setSaveError(error);
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') guard.requestClose();
      }}
      data-testid="kpi-actual-editor"
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <TextField
          label={`Actual for the review of ${formatDate(cycle)}`}
          description={`In ${KPI_UNIT_HINTS[kpi.unit]}`}
          value={text}
          onChange={(_, v) => setText(v ?? '')}
          errorMessage={fieldError}
          inputMode="decimal"
          autoFocus
          disabled={saving}
        />
        {saveError !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {`Not saved: ${errorText(saveError)}`}
          </MessageBar>
        )}
        <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
          <PrimaryButton type="submit" text="Save actual" disabled={saving} />
          <DefaultButton text="Cancel" onClick={guard.requestClose} disabled={saving} />
          {saving && <Spinner size={SpinnerSize.small} label="Saving…" labelPosition="right" />}
        </Stack>
      </Stack>
      {guard.dialog}
    </form>
  );
}
