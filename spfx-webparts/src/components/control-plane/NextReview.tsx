import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import type { IsoDate } from '@gtm/shared';
import { daysBetween, REVIEW_CADENCE_DAYS, weekdayOf } from '@gtm/shared';
import { formatDate } from '../common/format-date';
import type { ReviewCycle } from './review-cycle';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "in 15 days", "tomorrow", "today", or how late it is. */
function when(next: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, next);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  return `${-days} ${days === -1 ? 'day' : 'days'} ago — record the review to start the next cycle`;
}

/**
 * The date of the next GTM Review (the last review + 21 days, weekends moved to Monday, by the
 * domain's `nextReviewDate`), or what to do when no review has been recorded yet.
 */
export function NextReview({ cycle, today }: { cycle: ReviewCycle; today: IsoDate }): React.ReactElement {
  if (cycle.lastReview === null || cycle.nextReview === null) {
    return (
      <div data-testid="next-review">
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          No GTM Review has been recorded yet, so the next one cannot be scheduled and there is no cycle to report KPI
          actuals for. Hold the first review in the Teams meeting tab; it opens the cycle.
        </MessageBar>
      </div>
    );
  }
  const next = cycle.nextReview;
  return (
    <div data-testid="next-review">
      <Text variant="large" block>
        Next GTM Review: <strong>{WEEKDAYS[weekdayOf(next)]} {formatDate(next)}</strong> ({when(next, today)})
      </Text>
      <Text variant="small" block>
        Every {REVIEW_CADENCE_DAYS} days; the last review was on {formatDate(cycle.lastReview.date)}. KPI actuals entered now are
        reported for the review of {formatDate(next)}.
      </Text>
    </div>
  );
}
