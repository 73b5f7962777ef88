import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { RiskAssessment, RiskLevel } from '@gtm/shared';
import { IMPACT_LABELS, LIKELIHOOD_LABELS } from '@gtm/shared';
import { RatingBadge } from './RatingBadge';

const LEVELS: readonly RiskLevel[] = [1, 2, 3, 4, 5];

function options(labels: readonly string[]): IChoiceGroupOption[] {
  return LEVELS.map((level) => ({ key: String(level), text: `${labels[level - 1] ?? ''} (${level})` }));
}
const LIKELIHOOD_OPTIONS = options(LIKELIHOOD_LABELS);
const IMPACT_OPTIONS = options(IMPACT_LABELS);

const choiceStyles = { flexContainer: { display: 'flex', flexWrap: 'wrap' as const, columnGap: '12px' } };

/** Props of {@link AssessmentFields}. */
export interface AssessmentFieldsProps {
  /** "Inherent" or "Residual": prefixes the labels ("Inherent likelihood"). */
  name: string;
  value: RiskAssessment;
  onChange: (value: RiskAssessment) => void;
  /** A validation message for the assessment as a whole (residual above inherent). */
  error?: string;
}

/**
 * Likelihood and impact as labelled radio groups (DOMAIN.md scales: Rare … Almost certain,
 * Insignificant … Severe), with the score and rating recomputed as the user picks, announced
 * politely to screen readers.
 */
export function AssessmentFields({ name, value, onChange, error }: AssessmentFieldsProps): React.ReactElement {
  return (
    <Stack tokens={{ childrenGap: 4 }} data-testid={`assessment-${name.toLowerCase()}`}>
      <ChoiceGroup
        label={`${name} likelihood`}
        options={LIKELIHOOD_OPTIONS}
        selectedKey={String(value.likelihood)}
        onChange={(_, o) => o && onChange({ ...value, likelihood: Number(o.key) as RiskLevel })}
        styles={choiceStyles}
      />
      <ChoiceGroup
        label={`${name} impact`}
        options={IMPACT_OPTIONS}
        selectedKey={String(value.impact)}
        onChange={(_, o) => o && onChange({ ...value, impact: Number(o.key) as RiskLevel })}
        styles={choiceStyles}
      />
      <Text aria-live="polite" data-testid={`score-${name.toLowerCase()}`}>
        {name} score: {value.likelihood} × {value.impact} = <RatingBadge assessment={value} />
      </Text>
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          {error}
        </MessageBar>
      )}
    </Stack>
  );
}
