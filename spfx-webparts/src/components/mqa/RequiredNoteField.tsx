import * as React from 'react';
import { TextField } from '@fluentui/react';

/** True when nothing but whitespace was typed: a required note that would be saved empty. */
export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** Props of {@link RequiredNoteField}. */
export interface RequiredNoteFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** True once the user tried to save: the message waits until then so typing is not nagged. */
  showMissing: boolean;
  /** Shown on the field when it is blank: what belongs there, so the user can fix it. */
  missingMessage: string;
  /** Visible lines. Default 2. */
  rows?: number;
}

/**
 * A required multi-line note the MQA rules ask for: the evidence for a stage move or a handover to
 * Sales, the reason for an OLS/CS correction. A blank note is flagged on the field itself, and what
 * was typed stays when a save is refused (the form owns the value).
 */
export function RequiredNoteField({ label, value, onChange, showMissing, missingMessage, rows = 2 }: RequiredNoteFieldProps): React.ReactElement {
  return (
    <TextField
      label={label}
      required
      multiline
      rows={rows}
      value={value}
      onChange={(_, v) => onChange(v ?? '')}
      errorMessage={showMissing && isBlank(value) ? missingMessage : undefined}
    />
  );
}
