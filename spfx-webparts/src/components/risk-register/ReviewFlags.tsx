import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { IsoDate, Risk } from '@gtm/shared';
import { IsoDateSchema, mitigationOverdueSince, riskReviewState } from '@gtm/shared';
import { formatDate } from '../common/format-date';

/**
 * "Overdue since 30 Nov 2026" beside an open mitigation past its due date: an icon and words in
 * the theme's error colour, so the state never rests on colour alone. Nothing for a due date
 * still being typed (not a date yet), due today or later, or a mitigation done or dropped.
 */
export function MitigationOverdueFlag({ dueDate, status, today }: { dueDate: string; status: Risk['mitigationActions'][number]['status']; today: IsoDate }): React.ReactElement | null {
  const errorColour = useTheme().semanticColors.errorText;
  if (!IsoDateSchema.safeParse(dueDate).success) return null;
  const since = mitigationOverdueSince({ status, dueDate }, today);
  if (since === null) return null;
  return (
    <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 4 }} data-testid="mitigation-overdue">
      <Icon iconName="Warning" aria-hidden styles={{ root: { color: errorColour } }} />
      <Text variant="small" styles={{ root: { color: errorColour, fontWeight: 600 } }}>
        Overdue since {formatDate(since)}
      </Text>
    </Stack>
  );
}

/**
 * The "Last reviewed" cell: the date; "New" for a risk never reviewed and created under two review
 * cycles ago; "… · review due" in the error colour (with the words) once two cycles have passed.
 */
export function LastReviewed({ risk, today }: { risk: Risk; today: IsoDate }): React.ReactElement {
  const errorColour = useTheme().semanticColors.errorText;
  const state = riskReviewState(risk, today);
  const when = risk.lastReviewedAt === null ? 'Never' : formatDate(risk.lastReviewedAt);
  if (state === 'new') {
    return (
      <Text variant="small" title={`Created ${formatDate(risk.createdAt)}, not reviewed yet: due within two review cycles (42 days)`} data-testid="review-new">
        New
      </Text>
    );
  }
  if (state === 'due') {
    return (
      <Text variant="small" styles={{ root: { color: errorColour, fontWeight: 600 } }} title="Not reviewed for two review cycles (42 days) or more">
        {when} · review due
      </Text>
    );
  }
  return <>{when}</>;
}
