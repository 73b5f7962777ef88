import * as React from 'react';
import { TextField, type ITextFieldProps } from '@fluentui/react/lib/TextField';
import { textLimitState } from '@gtm/shared';

/** Props of {@link LimitedTextField}: a Fluent `TextField` bound to a column of `limit` characters. */
export interface LimitedTextFieldProps extends Omit<ITextFieldProps, 'maxLength' | 'value'> {
  value: string;
  /** The column's `maxLength` (from the list schema, or the domain limit checked against it). */
  limit: number;
  /** The field's name in the too-long message when the label says more (`Action 2` → `Mitigation action`). */
  limitLabel?: string;
}

/**
 * True when the text is longer than the column holds: the form refuses to save it.
 * @example isOverLimit('x'.repeat(256), 255) // true
 */
export function isOverLimit(value: string, limit: number): boolean {
  return textLimitState('', value, limit).over;
}

/**
 * A text input that says how much room is left instead of cutting what is typed or pasted: a
 * counter (`240 / 255`) from 90 % of the limit, and over it the error "Title is 256 characters;
 * SharePoint holds at most 255 — shorten it by 1", live, before any save. The browser's
 * `maxLength` is deliberately not set: it would truncate a paste without a word. A form's own
 * error (blank, wrong format) shows when the text fits.
 */
export function LimitedTextField({ limit, limitLabel, value, label, description, errorMessage, ...rest }: LimitedTextFieldProps): React.ReactElement {
  const state = textLimitState(limitLabel ?? label ?? 'The text', value, limit);
  return (
    <TextField
      {...rest}
      label={label}
      value={value}
      description={state.counter ?? description}
      errorMessage={state.error ?? errorMessage}
    />
  );
}
