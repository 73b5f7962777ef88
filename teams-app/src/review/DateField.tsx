/**
 * The Teams tab's date input: Fluent's DatePicker (calendar button, typing allowed) in the user's
 * locale from the Teams context (`app.getContext()` → `app.locale`), behaving as the web parts'
 * DateField (spfx-webparts/src/components/common/DateField.tsx): shows 30.11.2026 in de-DE and
 * 11/30/2026 in en-US, reads the same and ISO 2026-11-30 anywhere, and refuses other typed text on
 * the field saying what to type, the date before it kept.
 *
 * Why a Teams-side component and not the web parts' one (as for OwnerPicker): `@gtm/shared` holds no
 * React and a surface imports no other surface (ARCHITECTURE.md), so both draw the same model —
 * parseLocaleDate / formatLocaleDate / localeDatePattern and the date-field model (calendar names,
 * typed text → day) in `@gtm/shared`. Both are Fluent UI v8 (`@fluentui/react` ^8.106).
 * Fluent's DatePicker with `allowTextInput` reads typed text through `parseDateFromString` when the
 * field is left or Enter is pressed, and shows a date through `formatDate`
 * (https://developer.microsoft.com/en-us/fluentui#/controls/web/datepicker).
 */
import * as React from 'react';
import { DatePicker, defaultDatePickerStrings, type IDatePickerStrings } from '@fluentui/react';
import type { IsoDate } from '@gtm/shared';
import { calendarDayOf, formatLocaleDate, isoDateOfCalendarDay, localeCalendarNames, localeDatePattern, readTypedCalendarDay } from '@gtm/shared';

export interface DateFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or '' for no date. */
  value: string;
  /** The picked or typed date as `YYYY-MM-DD`; '' when the field is cleared. */
  onChange: (value: IsoDate | '') => void;
  /** The user's locale (BCP 47), e.g. Teams' `app.locale`. */
  locale: string;
  /** The form's own message about the value (missing, in the past), shown on the field. */
  errorMessage?: string | undefined;
}

function calendarStrings(locale: string): IDatePickerStrings {
  // No "Invalid entry … date reset" status: the field says itself what was wrong and what to type.
  return { ...defaultDatePickerStrings, isResetStatusMessage: '', invalidInputErrorMessage: '', ...localeCalendarNames(locale) };
}

/** @example <DateField label="Due date" value="2026-12-21" locale="de-DE" onChange={setDue} /> // shows 21.12.2026 */
export function DateField({ label, value, onChange, locale, errorMessage }: DateFieldProps): React.ReactElement {
  const [refusal, setRefusal] = React.useState<string | undefined>();
  const strings = React.useMemo(() => calendarStrings(locale), [locale]);
  // One Date per value and stable callbacks: Fluent re-formats its text when either changes.
  const selected = React.useMemo(() => calendarDayOf(value), [value]);
  const format = React.useCallback((date?: Date): string => (date ? formatLocaleDate(isoDateOfCalendarDay(date), locale) : ''), [locale]);
  const parse = React.useCallback(
    (text: string): Date | null => {
      const typed = readTypedCalendarDay(text, locale);
      setRefusal(typed.refusal);
      return typed.day;
    },
    [locale],
  );
  const shown = refusal ?? errorMessage;
  return (
    <DatePicker
      label={label}
      allowTextInput
      value={selected}
      placeholder={localeDatePattern(locale)}
      strings={strings}
      formatDate={format}
      parseDateFromString={parse}
      onSelectDate={(date) => {
        const iso = date ? isoDateOfCalendarDay(date) : '';
        // Fluent re-selects the kept date after refusing typed text: no change, and the refusal stays.
        if (iso === value) return;
        setRefusal(undefined);
        onChange(iso);
      }}
      textField={{
        validateOnLoad: false,
        // Typing again withdraws the last refusal; the new text is judged when the field is left.
        onChange: () => setRefusal(undefined),
        ...(shown !== undefined ? { errorMessage: shown } : {}),
      }}
    />
  );
}
