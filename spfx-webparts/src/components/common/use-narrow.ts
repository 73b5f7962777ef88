import * as React from 'react';

/**
 * True while the element is narrower than `below` CSS pixels, followed with a ResizeObserver (a
 * SharePoint section, a phone turned, the window resized). False where ResizeObserver is missing,
 * as in jsdom, so view tests see the wide layout. The Risk Register's list has the same rule inline.
 * @example const narrow = useNarrow(listRef, 780); // true in a 320 px window
 */
export function useNarrow(ref: React.RefObject<HTMLElement>, below: number): boolean {
  const [narrow, setNarrow] = React.useState(false);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => setNarrow(el.getBoundingClientRect().width < below);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, below]);
  return narrow;
}
