import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { type Theme } from '@fluentui/react/lib/Theme';
import type { IsoDate, PeopleSearch, Person } from '@gtm/shared';
import { RISK_TEXT_LIMITS } from '@gtm/shared';
import { DateField } from '../common/DateField';
import { LimitedTextField } from '../common/LimitedTextField';
import { PersonPicker } from '../common/PersonPicker';
import { useThemedClasses } from '../common/use-themed-classes';
import type { MitigationDraft, RiskFieldErrors } from './risk-draft';
import { nextMitigationKey } from './risk-draft';
import { MitigationOverdueFlag } from './ReviewFlags';

const STATUS_OPTIONS: IDropdownOption[] = [
  { key: 'open', text: 'Open' },
  { key: 'done', text: 'Done' },
  { key: 'dropped', text: 'Dropped' },
];

const getClasses = (theme: Theme) =>
  mergeStyleSets({
    action: { borderLeft: `3px solid ${theme.semanticColors.bodyDivider}`, paddingLeft: 8 },
  });

/** Props of {@link MitigationActionsEditor}. */
export interface MitigationActionsEditorProps {
  mitigations: readonly MitigationDraft[];
  onChange: (mitigations: MitigationDraft[]) => void;
  /** Errors keyed `mitigationActions.<index>.<field>`. */
  errors: RiskFieldErrors;
  /** The owner a new action starts with (the risk's owner); a blank name is left out. */
  defaultOwner: { email: string; name: string };
  /** The people known from the lists: the owner pickers offer them first. */
  people: readonly Person[];
  /** The directory every action owner is picked from. */
  search: PeopleSearch;
  /** Today in the site's zone: an open action past its due date is flagged "Overdue since …". */
  today: IsoDate;
  /** The user's locale: due dates show and are typed as it writes them. */
  locale: string;
}

/**
 * The risk's mitigation actions, each with what, who, by when and its status (each is a GTM Actions
 * item linked to the risk, so an owner and a due date are required). Adding rows is inline; a row
 * not saved yet can be removed, a saved one is dropped (its item stays in GTM Actions).
 */
export function MitigationActionsEditor({ mitigations, onChange, errors, defaultOwner, people, search, today, locale }: MitigationActionsEditorProps): React.ReactElement {
  const classes = useThemedClasses(getClasses);
  const update = (index: number, changes: Partial<MitigationDraft>): void =>
    onChange(mitigations.map((m, i) => (i === index ? { ...m, ...changes } : m)));
  return (
    <Stack tokens={{ childrenGap: 8 }} role="group" aria-label="Mitigation actions">
      {/* Level 2: the panel's title is the level-1 heading of this dialog (Fluent's Panel header). */}
      <Text variant="mediumPlus" role="heading" aria-level={2}>
        Mitigation actions
      </Text>
      {mitigations.length === 0 && <Text>No mitigation actions yet.</Text>}
      {mitigations.map((m, index) => {
        const n = index + 1;
        const error = (field: string): string | undefined => errors[`mitigationActions.${index}.${field}`];
        return (
          <Stack key={m.key} className={classes.action} tokens={{ childrenGap: 4 }} data-testid="mitigation-action">
            <LimitedTextField
              label={`Action ${n}`}
              required
              limit={RISK_TEXT_LIMITS.mitigationTitle}
              value={m.title}
              onChange={(_, v) => update(index, { title: v ?? '' })}
              errorMessage={error('title')}
            />
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <PersonPicker
                label={`Action ${n} owner`}
                required
                people={people}
                search={search}
                value={{ email: m.ownerEmail, displayName: m.ownerName }}
                // No person (cleared, or text left unpicked): an empty owner, which the schema refuses.
                onChange={(p) => update(index, { ownerEmail: p?.email ?? '', ownerName: p?.displayName })}
                errorMessage={error('owner.email')}
              />
              <DateField
                label={`Action ${n} due date`}
                required
                locale={locale}
                value={m.dueDate}
                onChange={(dueDate) => update(index, { dueDate })}
                errorMessage={error('dueDate')}
              />
              <Dropdown
                label={`Action ${n} status`}
                options={STATUS_OPTIONS}
                selectedKey={m.status}
                onChange={(_, o) => o && update(index, { status: o.key as MitigationDraft['status'] })}
                styles={{ root: { width: 110 } }}
              />
            </Stack>
            <MitigationOverdueFlag dueDate={m.dueDate} status={m.status} today={today} />
            <div>
              {m.id === undefined ? (
                <ActionButton
                  iconProps={{ iconName: 'Delete' }}
                  text={`Remove action ${n}`}
                  onClick={() => onChange(mitigations.filter((_, i) => i !== index))}
                />
              ) : (
                // A saved action is a GTM Actions item others may already see: it is dropped, never deleted.
                m.status !== 'dropped' && (
                  <ActionButton iconProps={{ iconName: 'Blocked' }} text={`Drop action ${n}`} onClick={() => update(index, { status: 'dropped' })} />
                )
              )}
            </div>
          </Stack>
        );
      })}
      <div>
        <DefaultButton
          text="Add mitigation action"
          onClick={() =>
            onChange([
              ...mitigations,
              {
                key: nextMitigationKey(),
                title: '',
                ownerEmail: defaultOwner.email,
                ...(defaultOwner.name.trim() !== '' ? { ownerName: defaultOwner.name } : {}),
                dueDate: '',
                status: 'open',
              },
            ])
          }
        />
      </div>
    </Stack>
  );
}
