/**
 * One line under "Attendees" saying where the people listed come from: the meeting's participants,
 * or the review circle — with the reason when a meeting could not give its participants.
 */
import * as React from 'react';
import { MessageBar, MessageBarType, Text } from '@fluentui/react';
import type { AttendeeOptions } from './review-backend';

export function AttendeesOrigin({ options }: { options: AttendeeOptions }): React.ReactElement {
  if (options.note) {
    return (
      <MessageBar messageBarType={MessageBarType.warning} data-testid="attendees-origin">
        {options.note}
      </MessageBar>
    );
  }
  return (
    <Text variant="small" data-testid="attendees-origin">
      {options.from === 'meeting'
        ? `The meeting's ${options.people.length} participants; untick who is absent, add guests below.`
        : 'From the review circle (last review, KPI and action owners); tick who attends.'}
    </Text>
  );
}
