import * as React from 'react';
import { DatePicker, defaultDatePickerStrings, type IDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import type { IsoDate } from '@gtm/shared';
import { calendarDayOf, formatLocaleDate, isoDateOfCalendarDay, localeCalendarNames, localeDatePattern, readTypedCalendarDay } from '@gtm/shared';

/** Props of {@link DateField}. */
export interface DateFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or '' for no date (a value that is not a date shows as empty). */
  value: string;
  /** The picked or typed date as `YYYY-MM-DD`; '' when the field is cleared. */
  onChange: (value: IsoDate | '') => void;
  /** The user's locale (BCP 47): the field shows and reads dates as it writes them (30.11.2026 in de-DE). */
  locale: string;
  required?: boolean;
  disabled?: boolean;
  /** The form's own message about the value (e.g. the schema's), shown on the field. */
  errorMessage?: string | undefined;
  description?: string;
  width?: number;
}

/** The calendar's month and day names in the locale, over Fluent's English defaults. */
function calendarStrings(locale: string): IDatePickerStrings {
  // No "Invalid entry … date reset" status: the field says itself what was wrong and what to type.
  return { ...defaultDatePickerStrings, isResetStatusMessage: '', invalidInputErrorMessage: '', ...localeCalendarNames(locale) };
}

/**
 * The one date input of the web parts: Fluent's DatePicker with a calendar and typing allowed, in
 * the user's locale (shows 30.11.2026 in de-DE and 11/30/2026 in en-US, reads the same, and ISO
 * 2026-11-30 anywhere). Typed text that is no date is refused on the field, saying what to type;
 * the date before it stays. What is not drawing (calendar names, typed text → day) is
 * `@gtm/shared`'s date-field-model, which the Teams tab's DateField draws too.
 * @example <DateField label="Due date" value="2026-11-30" locale="de-DE" onChange={setDue} /> // shows 30.11.2026
 */
export function DateField({ label, value, onChange, locale, required, disabled, errorMessage, description, width }: DateFieldProps): React.ReactElement {
  const [typedError, setTypedError] = React.useState<string | undefined>();
  const strings = React.useMemo(() => calendarStrings(locale), [locale]);
  const shown = typedError ?? errorMessage;
  // One Date per value: Fluent re-formats its text whenever `value` is a new object.
  const selected = React.useMemo(() => calendarDayOf(value), [value]);
  // Stable between renders too: a new formatDate also re-formats the text, over what is being typed.
  const format = React.useCallback((date?: Date): string => (date ? formatLocaleDate(isoDateOfCalendarDay(date), locale) : ''), [locale]);
  const parse = React.useCallback(
    (text: string): Date | null => {
      const typed = readTypedCalendarDay(text, locale);
      setTypedError(typed.refusal);
      return typed.day;
    },
    [locale],
  );
  return (
    <DatePicker
      label={label}
      allowTextInput
      disabled={disabled === true}
      value={selected}
      placeholder={localeDatePattern(locale)}
      strings={strings}
      formatDate={format}
      parseDateFromString={parse}
      onSelectDate={(date) => {
        const iso = date ? isoDateOfCalendarDay(date) : '';
        // Fluent re-selects the kept date after refusing typed text: that is no change, and the refusal stays.
        if (iso === value) return;
        setTypedError(undefined);
        onChange(iso);
      }}
      textField={{
        // The asterisk only: the form decides what is missing and says so (Fluent's own check would
        // mark the field invalid before anyone typed).
        required: required === true,
        validateOnLoad: false,
        // Typing again withdraws the last refusal; the new text is judged when the field is left.
        onChange: () => setTypedError(undefined),
        ...(shown !== undefined ? { errorMessage: shown } : {}),
        ...(description !== undefined ? { description } : {}),
      }}
      styles={{ root: { width: width ?? 170 } }}
    />
  );
}
