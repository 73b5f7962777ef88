import * as React from 'react';

/** Where a load stands: `value` is set once ready, `error` once failed; `reload` starts again. */
export interface LoadResult<T> {
  state: 'loading' | 'ready' | 'error';
  value: T | undefined;
  error: unknown;
  reload: () => void;
}

/**
 * Runs `loader` when the component mounts and whenever `deps` change (or `reload()` is called),
 * and tracks loading / ready / error. An answer from an older run is ignored, so a slow first
 * load cannot overwrite a newer one, and nothing is set after unmount.
 * While reloading, the previous value stays available (`state` is 'loading' again).
 */
export function useLoad<T>(loader: () => Promise<T>, deps: React.DependencyList): LoadResult<T> {
  const [generation, setGeneration] = React.useState(0);
  const [result, setResult] = React.useState<{ state: LoadResult<T>['state']; value: T | undefined; error: unknown }>({
    state: 'loading',
    value: undefined,
    error: undefined,
  });
  const latestRun = React.useRef(0);

  React.useEffect(() => {
    const run = ++latestRun.current;
    let unmounted = false;
    setResult((previous) => ({ state: 'loading', value: previous.value, error: undefined }));
    loader().then(
      (value) => {
        if (!unmounted && run === latestRun.current) setResult({ state: 'ready', value, error: undefined });
      },
      (error: unknown) => {
        if (!unmounted && run === latestRun.current) setResult((previous) => ({ state: 'error', value: previous.value, error }));
      },
    );
    return () => {
      unmounted = true;
    };
    // `loader` is a fresh closure each render; the caller's deps say when it really changes.
  }, [...deps, generation]);

  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { ...result, reload };
}
