import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, TextField } from '@fluentui/react';
import type { IsoDate, Kpi } from '@gtm/shared';
import { errorText } from '../common/list-error-kind';
import { formatDate } from '../common/format-date';
import { KPI_UNIT_HINTS, parseKpiInput } from './kpi-format';

export interface KpiActualEditorProps {
  kpi: Kpi;
  /** The current cycle: the date of the review this actual is reported for. */
  cycle: IsoDate;
  /** The cycle's value already saved, if any (the field starts with it). */
  initial: number | null;
  /** Saves; a rejection is shown in the editor and the typed value stays. */
  onSave: (value: number) => Promise<void>;
  onCancel: () => void;
}

/**
 * The inline form for a KPI's actual in the current cycle. Refuses anything that is not a number
 * on the field itself, saying what to type; Enter saves, Escape cancels.
 */
export function KpiActualEditor({ kpi, cycle, initial, onSave, onCancel }: KpiActualEditorProps): React.ReactElement {
  const [text, setText] = React.useState(initial === null ? '' : String(initial));
  const [fieldError, setFieldError] = React.useState<string | undefined>();
  const [saveError, setSaveError] = React.useState<unknown>();
  const [saving, setSaving] = React.useState(false);
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
    const value = parseKpiInput(text);
    if (value === null) {
      setFieldError(
        text.trim() === ''
          ? `Enter the actual in ${KPI_UNIT_HINTS[kpi.unit]}, e.g. ${kpi.target}.`
          : `“${text}” is not a number: enter the actual in ${KPI_UNIT_HINTS[kpi.unit]}, e.g. ${kpi.target}.`,
      );
      return;
    }
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
        if (e.key === 'Escape') onCancel();
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
          <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
          {saving && <Spinner size={SpinnerSize.small} label="Saving…" labelPosition="right" />}
        </Stack>
      </Stack>
    </form>
  );
}
