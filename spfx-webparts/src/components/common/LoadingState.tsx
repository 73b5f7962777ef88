import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

const classes = mergeStyleSets({ root: { padding: '32px 16px' } });

/** A spinner with a label saying what is loading ("Loading risks…"); announced to screen readers. */
export function LoadingState({ label }: { label: string }): React.ReactElement {
  return (
    <div className={classes.root} data-testid="loading-state">
      <Spinner size={SpinnerSize.large} label={label} ariaLive="polite" />
    </div>
  );
}
