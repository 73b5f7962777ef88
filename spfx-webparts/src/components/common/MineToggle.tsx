import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { Toggle } from '@fluentui/react/lib/Toggle';

/** The empty state's title when "Mine" leaves nothing: the list has items, none of them the user's. */
export const NOTHING_OF_YOURS = 'Nothing of yours here';

/** One count beside the toggle: `mine` of `total` `noun` ("3 of 12 risks"). */
export interface MineCount {
  mine: number;
  total: number;
  /** Plural, lower case: "risks", "actions". */
  noun: string;
}

/** Props of {@link MineToggle}. */
export interface MineToggleProps {
  /** True: the view shows only the signed-in user's items. */
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What the filter keeps, one count per kind of item the view lists (see `selectMine` in @gtm/shared). */
  counts: readonly MineCount[];
  /** The signed-in user's name, so the label says whose items "mine" are. */
  userName: string;
}

/** "3 of 12 risks", or "2 of 22 KPIs, 0 of 5 priorities" for a view with several lists. */
export function mineCountText(counts: readonly MineCount[]): string {
  return counts.map((c) => `${c.mine} of ${c.total} ${c.noun}`).join(', ');
}

/**
 * The "Mine" filter of a web part: a Fluent switch (role="switch", its state announced as on or
 * off; Space toggles it) and, while it is on, how many items are the signed-in user's, in a polite
 * live region so a screen reader hears the count change. The view does the filtering with
 * `selectMine`; this only shows and flips the state.
 */
export function MineToggle({ checked, onChange, counts, userName }: MineToggleProps): React.ReactElement {
  return (
    <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }} data-testid="mine-filter">
      <Toggle
        label="Mine"
        inlineLabel
        checked={checked}
        onChange={(_, on) => onChange(!!on)}
        // The accessible name says whose: "Mine (Elena Fischer's items only)".
        ariaLabel={`Mine (${userName}'s items only)`}
        styles={{ root: { marginBottom: 0 } }}
      />
      <Text aria-live="polite" data-testid="mine-count">
        {checked ? `${mineCountText(counts)} ${counts.length === 1 && counts[0]?.mine === 1 ? 'is' : 'are'} yours` : ''}
      </Text>
    </Stack>
  );
}
