import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { RiskAssessment } from '@gtm/shared';
import { rateScore, scoreRisk } from '@gtm/shared';
import { RATING_COLOURS } from './rating-colours';

const classes = mergeStyleSets({
  badge: { display: 'inline-block', padding: '1px 8px', borderRadius: 10, fontWeight: 600, whiteSpace: 'nowrap' },
});

/** A risk's score and rating on one assessment, e.g. "20 Critical" on dark red. */
export function RatingBadge({ assessment }: { assessment: RiskAssessment }): React.ReactElement {
  const score = scoreRisk(assessment);
  const rating = rateScore(score);
  const colours = RATING_COLOURS[rating];
  return (
    <span className={classes.badge} style={{ background: colours.background, color: colours.text }} data-rating={rating}>
      {score} {rating}
    </span>
  );
}
