import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

/**
 * A part of a view whose code is fetched the first time it is shown: an editor panel, a dialog.
 * `load` is a dynamic `import()`: in the SPFx build webpack makes it a chunk of its own, fetched from
 * the folder the bundle came from (SPFx's SetPublicPathCurrentScriptPlugin sets webpack's public path
 * from the bundle's script tag, so the chunk comes from the app catalog's ClientSideAssets like the bundle).
 * esbuild (the workbench pages) bundles it inline. While it loads, a spinner says what is coming; a
 * chunk that fails to download says so in place of the part, and the rest of the view keeps working.
 */
export function lazyPart<P extends object>(load: () => Promise<React.ComponentType<P>>, loadingLabel: string): React.ComponentType<P> {
  // Typed as a plain component: TypeScript cannot spread a generic P onto a LazyExoticComponent's props.
  const Lazy = React.lazy(() => load().then((component) => ({ default: component }))) as unknown as React.ComponentType<P>;
  function LazyPart(props: P): React.ReactElement {
    return (
      <PartErrorBoundary>
        <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={loadingLabel} ariaLive="polite" />}>
          <Lazy {...props} />
        </React.Suspense>
      </PartErrorBoundary>
    );
  }
  return LazyPart;
}

/** Catches a failed chunk download (offline, a redeployed package): React.lazy rejects into the nearest boundary. */
class PartErrorBoundary extends React.Component<{ children: React.ReactNode }, { error: unknown }> {
  public override state: { error: unknown } = { error: undefined };

  public static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  public override render(): React.ReactNode {
    if (this.state.error === undefined) return this.props.children;
    const detail = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    // As text: the message may carry a URL.
    return <MessageBar messageBarType={MessageBarType.error}>This part of the web part could not be loaded ({detail}). Reload the page to try again.</MessageBar>;
  }
}
