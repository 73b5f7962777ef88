import * as React from 'react';
import { differs } from '../common/use-unsaved-guard';
import type { IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Stack } from '@fluentui/react/lib/Stack';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { DirectRequest, TriageRatings } from '@gtm/shared';
import { SubmitButton } from './SubmitButton';

const SCALE: IChoiceGroupOption[] = [1, 2, 3, 4, 5].map((n) => ({ key: String(n), text: String(n) }));
const CRITERIA: readonly { key: keyof TriageRatings; label: string }[] = [
  { key: 'icpAlignment', label: 'ICP alignment' },
  { key: 'relevance', label: 'Relevance' },
  { key: 'strategicFit', label: 'Strategic fit' },
];
const row = { flexContainer: { display: 'flex', gap: '12px' } };

/** Props of {@link TriageForm}. */
export interface TriageFormProps {
  request: DirectRequest;
  onRate: (ratings: TriageRatings) => Promise<boolean>;
  saving: boolean;
  disabled: boolean;
  /** Told whether ratings are picked that are not saved yet (the panel asks before closing over them). */
  onDirtyChange?: (dirty: boolean) => void;
}

/** The Global Marketing Director's ratings: ICP alignment, relevance and strategic fit, each 1 (poor) to 5 (excellent). */
export function TriageForm({ request, onRate, saving, disabled, onDirtyChange }: TriageFormProps): React.ReactElement {
  // The theme's error colour (#a4262c on light, #F1707B on dark): legible on any section.
  const { semanticColors } = useTheme();
  const [ratings, setRatings] = React.useState<Partial<TriageRatings>>(() => (request.triage ? { ...request.triage } : {}));
  const [touched, setTouched] = React.useState(false);
  React.useEffect(() => setRatings(request.triage ? { ...request.triage } : {}), [request.id, request.triage]);
  const dirty = differs(ratings, request.triage ? { ...request.triage } : {});
  React.useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  React.useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  const submit = async (): Promise<void> => {
    setTouched(true);
    const { icpAlignment, relevance, strategicFit } = ratings;
    if (icpAlignment === undefined || relevance === undefined || strategicFit === undefined) return;
    if (await onRate({ icpAlignment, relevance, strategicFit })) setTouched(false);
  };

  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="triage-form">
      {CRITERIA.map(({ key, label }) => (
        <Stack key={key}>
          <ChoiceGroup
            label={`${label} (1 = poor, 5 = excellent)`}
            required
            disabled={disabled}
            options={SCALE}
            selectedKey={ratings[key] === undefined ? null : String(ratings[key])}
            onChange={(_, option) => option && setRatings((r) => ({ ...r, [key]: Number(option.key) }))}
            styles={row}
          />
          {touched && ratings[key] === undefined && (
            <span role="alert" style={{ color: semanticColors.errorText, fontSize: 12 }}>
              Rate the {label.toLowerCase()} from 1 to 5.
            </span>
          )}
        </Stack>
      ))}
      <SubmitButton text={request.triage ? 'Update ratings' : 'Save ratings'} onSubmit={submit} disabled={saving || disabled} />
    </Stack>
  );
}
