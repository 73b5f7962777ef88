import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { QualifiedAccount } from '@gtm/shared';
import { MQA_STAGE_LABELS } from '@gtm/shared';
import { formatDate } from '../common/format-date';

/** The conversion history (first share with Sales, then each re-entry), oldest first. */
export function ConversionHistory({ account }: { account: QualifiedAccount }): React.ReactElement {
  if (account.conversionHistory.length === 0) return <Text>Not converted yet: the account has not been shared with Sales.</Text>;
  return (
    <ol style={{ margin: 0, paddingLeft: 18 }} aria-label="Conversion history" data-testid="conversion-history">
      {account.conversionHistory.map((event, i) => (
        <li key={i}>
          <Text>
            {event.kind === 'conversion' ? 'Converted' : 'Re-entered'} on {formatDate(event.at)} at {MQA_STAGE_LABELS[event.stage]}
          </Text>
        </li>
      ))}
    </ol>
  );
}

/** Every stage move, newest first, with who and the evidence. */
export function StageHistory({ account }: { account: QualifiedAccount }): React.ReactElement {
  const moves = [...account.stageHistory].reverse();
  if (moves.length === 0) return <Text>No stage moves recorded.</Text>;
  return (
    <Stack as="ol" tokens={{ childrenGap: 4 }} styles={{ root: { margin: 0, paddingLeft: 18 } }} aria-label="Stage history" data-testid="stage-history">
      {moves.map((move, i) => (
        <li key={i}>
          <Text block>
            {formatDate(move.at)}: {move.from === null ? '' : `${MQA_STAGE_LABELS[move.from]} → `}
            {MQA_STAGE_LABELS[move.to]} by {move.by.displayName ?? move.by.email}
          </Text>
          <Text block variant="small">
            {move.evidence}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
