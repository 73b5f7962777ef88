import * as React from 'react';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { IsoDate, PeopleSearch, Person, QualifiedAccount } from '@gtm/shared';
import { CONVERTING_SOURCES, handOverNeedsConvertingSource } from '@gtm/shared';
import { formatDate } from '../common/format-date';
import { PersonPicker } from '../common/PersonPicker';

const SOURCE_OPTIONS: IDropdownOption[] = CONVERTING_SOURCES.map((source) => ({ key: source, text: source }));

/** What the hand-over form asks for besides the evidence. */
export interface HandOverChoice {
  /** A person picked from the directory, or null (none yet, or typed text that was not picked). */
  salesOwner: Person | null;
  /** One of the domain's Converting Sources, or null (not chosen, or the account has its CS already). */
  convertingSource: string | null;
}

/** The hand-over's starting values: the account's Sales owner if it has one (a stalled account coming back), no source chosen. */
export function initialHandOver(account: Pick<QualifiedAccount, 'salesOwner'>): HandOverChoice {
  return { salesOwner: account.salesOwner, convertingSource: null };
}

/** Props of {@link HandOverFields}. */
export interface HandOverFieldsProps {
  account: QualifiedAccount;
  value: HandOverChoice;
  onChange: (value: HandOverChoice) => void;
  /** True once the user tried to hand over: each missing part then says so on its field. */
  showMissing: boolean;
  /** The directory the Sales owner is picked from, and the people already on the lists (offered first). */
  search: PeopleSearch;
  people: readonly Person[];
  /** The hand-over's date: the conversion date it records (for an account that never converted before). */
  today: IsoDate;
  disabled: boolean;
}

/**
 * The parts of a hand-over to Sales that a plain stage move lacks (DOMAIN.md §5): the Sales owner,
 * picked from the directory, and the Converting Source, chosen from the domain's sources while the
 * account has none (it is a fact, set once). Says what the hand-over will record.
 */
export function HandOverFields({ account, value, onChange, showMissing, search, people, today, disabled }: HandOverFieldsProps): React.ReactElement {
  const needsSource = handOverNeedsConvertingSource(account);
  // A stalled account coming back keeps the date it first converted on (handOverToSales).
  const conversionDate = account.conversionHistory.find((c) => c.kind === 'conversion')?.at ?? today;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="hand-over-fields">
      <PersonPicker
        label="Sales owner"
        required
        search={search}
        people={people}
        value={{ email: value.salesOwner?.email ?? '', displayName: value.salesOwner?.displayName }}
        onChange={(salesOwner) => onChange({ ...value, salesOwner })}
        errorMessage={showMissing && value.salesOwner === null ? 'Choose the Sales owner: type part of a name and pick who in Sales takes the account.' : undefined}
        disabled={disabled}
      />
      {needsSource ? (
        <Dropdown
          label="Converting Source"
          required
          placeholder="Choose what converted the account"
          options={SOURCE_OPTIONS}
          selectedKey={value.convertingSource}
          onChange={(_, option) => onChange({ ...value, convertingSource: option ? String(option.key) : null })}
          errorMessage={showMissing && value.convertingSource === null ? 'Choose the Converting Source: what made the account ready for Sales.' : undefined}
          disabled={disabled}
        />
      ) : (
        <Text data-testid="hand-over-cs">
          Converting Source: {account.cs} (first converted {formatDate(account.csDate)}). It is set once; correct it above, with a reason, if it is wrong.
        </Text>
      )}
      <Text variant="small" data-testid="hand-over-records">
        {needsSource
          ? `Handing over records the Sales owner, the Converting Source with ${formatDate(conversionDate)} as its first conversion date, and adds the account to the Sales working list.`
          : 'Handing over records the Sales owner and adds the account to the Sales working list.'}
      </Text>
    </Stack>
  );
}
