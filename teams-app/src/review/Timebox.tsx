/**
 * The timebox of the item being discussed: minutes allowed and minutes spent since it was opened.
 * The clock is passed in (`now`) so tests can drive it.
 */
import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react';
import { useReviewColours } from './status-styles';

export interface TimeboxProps {
  minutes: number;
  /** Milliseconds spent on the item so far. */
  elapsedMs: number;
}

export function Timebox({ minutes, elapsedMs }: TimeboxProps): React.ReactElement {
  const colours = useReviewColours();
  const spent = Math.floor(elapsedMs / 60_000);
  const over = minutes > 0 && elapsedMs > minutes * 60_000;
  const label = `Timebox ${minutes} min · ${spent} min spent${over ? ' · over time' : ''}`;
  return (
    <ProgressIndicator
      label={label}
      ariaLabel={label}
      percentComplete={minutes > 0 ? Math.min(1, elapsedMs / (minutes * 60_000)) : 1}
      styles={{ progressTrack: { background: colours.timeboxTrack }, ...(over ? { progressBar: { background: colours.overTime } } : {}) }}
    />
  );
}

/**
 * The clock (`now()`), read again every `tickMs` and whenever `since` changes (another section
 * opened): enough to show whole minutes spent.
 */
export function useClock(since: number, now: () => number, tickMs = 15_000): number {
  const [at, setAt] = React.useState(now());
  React.useEffect(() => {
    setAt(now());
    const timer = setInterval(() => setAt(now()), tickMs);
    return () => clearInterval(timer);
  }, [since, now, tickMs]);
  return at;
}
