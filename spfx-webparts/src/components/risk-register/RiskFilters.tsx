import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import type { Person, RiskCategory, RiskRating } from '@gtm/shared';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, RISK_RATINGS, RISK_STATUS_LABELS } from '@gtm/shared';
import type { RiskFilter, RiskStatusFilter } from './risk-filter';
import { DEFAULT_RISK_FILTER, isFiltered } from './risk-filter';

/** "Any" in a single-choice filter. */
const ANY = '';

const CATEGORY_OPTIONS: IDropdownOption[] = [
  { key: ANY, text: 'All categories' },
  ...RISK_CATEGORIES.map((c) => ({ key: c, text: RISK_CATEGORY_LABELS[c] })),
];
const RATING_OPTIONS: IDropdownOption[] = [{ key: ANY, text: 'All ratings' }, ...RISK_RATINGS.map((r) => ({ key: r, text: r }))];
const STATUS_OPTIONS: IDropdownOption[] = [
  { key: 'active', text: 'Active (not closed)' },
  { key: 'all', text: 'All statuses' },
  ...(['open', 'mitigating', 'accepted', 'closed'] as const).map((s) => ({ key: s, text: RISK_STATUS_LABELS[s] })),
];

const dropdownStyles = { root: { minWidth: 170 } };

/** Props of {@link RiskFilters}. */
export interface RiskFiltersProps {
  filter: RiskFilter;
  /** Owners of the risks in the register, to choose from. */
  owners: readonly Person[];
  onChange: (filter: RiskFilter) => void;
}

/** Category, rating, owner and status filters, a search box, and "Clear filters". */
export function RiskFilters({ filter, owners, onChange }: RiskFiltersProps): React.ReactElement {
  const ownerOptions: IDropdownOption[] = [
    { key: ANY, text: 'All owners' },
    ...owners.map((o) => ({ key: o.email.toLowerCase(), text: o.displayName ?? o.email })),
  ];
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" role="search" aria-label="Filter the risks">
      <Dropdown
        label="Category"
        options={CATEGORY_OPTIONS}
        selectedKey={filter.category ?? ANY}
        onChange={(_, o) => onChange({ ...filter, category: o && o.key !== ANY ? (o.key as RiskCategory) : null })}
        styles={dropdownStyles}
      />
      <Dropdown
        label={`Rating (${filter.basis})`}
        options={RATING_OPTIONS}
        selectedKey={filter.rating ?? ANY}
        onChange={(_, o) => onChange({ ...filter, rating: o && o.key !== ANY ? (o.key as RiskRating) : null })}
        styles={dropdownStyles}
      />
      <Dropdown
        label="Owner"
        options={ownerOptions}
        selectedKey={filter.owner ?? ANY}
        onChange={(_, o) => onChange({ ...filter, owner: o && o.key !== ANY ? String(o.key) : null })}
        styles={dropdownStyles}
      />
      <Dropdown
        label="Status"
        options={STATUS_OPTIONS}
        selectedKey={filter.status}
        onChange={(_, o) => onChange({ ...filter, status: o ? (o.key as RiskStatusFilter) : DEFAULT_RISK_FILTER.status })}
        styles={dropdownStyles}
      />
      <SearchBox
        placeholder="Search title, description, owner, mitigations"
        ariaLabel="Search risks"
        value={filter.search}
        onChange={(_, value) => onChange({ ...filter, search: value ?? '' })}
        onClear={() => onChange({ ...filter, search: '' })}
        styles={{ root: { width: 300 } }}
      />
      {isFiltered(filter) && (
        <DefaultButton text="Clear filters" onClick={() => onChange({ ...DEFAULT_RISK_FILTER, basis: filter.basis })} />
      )}
    </Stack>
  );
}
