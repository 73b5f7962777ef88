import * as React from 'react';
import { ACCOUNT_TEXT_LIMITS } from '@gtm/shared';
import { isOverLimit, LimitedTextField } from '../common/LimitedTextField';

/** True when nothing but whitespace was typed: a required note that would be saved empty. */
export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** The cap of an MQA note: the evidence of a move and the reason of a correction hold 1,000 each. */
export const NOTE_LIMIT = ACCOUNT_TEXT_LIMITS.evidence;

/**
 * True when the note cannot be saved: blank, or longer than it may be.
 * @example cannotSave('   ') // true
 * @example cannotSave('x'.repeat(1001)) // true (the limit is 1,000)
 */
export function cannotSave(value: string, limit: number = NOTE_LIMIT): boolean {
  return isBlank(value) || isOverLimit(value, limit);
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
  /** Most characters (the note's cap in the domain, checked against its column). Default {@link NOTE_LIMIT}. */
  limit?: number;
}

/**
 * A required multi-line note the MQA rules ask for: the evidence for a stage move or a handover to
 * Sales, the reason for an OLS/CS correction. A blank note is flagged on the field itself, and what
 * was typed stays when a save is refused (the form owns the value).
 */
export function RequiredNoteField({ label, value, onChange, showMissing, missingMessage, rows = 2, limit = NOTE_LIMIT }: RequiredNoteFieldProps): React.ReactElement {
  return (
    <LimitedTextField
      label={label}
      required
      multiline
      rows={rows}
      limit={limit}
      value={value}
      onChange={(_, v) => onChange(v ?? '')}
      errorMessage={showMissing && isBlank(value) ? missingMessage : undefined}
    />
  );
}
