import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { WebPartEnvironment } from './environment';
import { errorText, listErrorKind } from './list-error-kind';

/** Props of {@link ListErrorMessage}. */
export interface ListErrorMessageProps {
  /** What the repositories threw (a `ListStoreError`, `ThrottledError`, or anything else). */
  error: unknown;
  env: WebPartEnvironment;
  /** Loads again (after the lists were created, after a throttle, or when the user asks). */
  onRetry: () => void;
}

/** Seconds to wait before retrying a throttled read when SharePoint did not say (Retry-After). */
const DEFAULT_THROTTLE_WAIT_SECONDS = 10;

/**
 * Tells the user what went wrong loading a web part's lists and what they can do about it:
 * a missing list offers "Create the GTM lists" to site owners (others are told to ask one),
 * a 403 says they lack permission, throttling retries by itself, anything else shows the
 * message with a Retry button. Server text is rendered as text, never as HTML.
 */
export function ListErrorMessage({ error, env, onRetry }: ListErrorMessageProps): React.ReactElement {
  const kind = listErrorKind(error);
  const detail = errorText(error);
  return (
    <div data-testid="list-error" data-error-kind={kind}>
      <ListErrorBody kind={kind} error={error} detail={detail} env={env} onRetry={onRetry} />
    </div>
  );
}

function ListErrorBody({ kind, error, detail, env, onRetry }: ListErrorMessageProps & { kind: ReturnType<typeof listErrorKind>; detail: string }): React.ReactElement {
  if (kind === 'missing-list') return <MissingListMessage detail={detail} env={env} onRetry={onRetry} />;
  if (kind === 'throttled') return <ThrottledMessage error={error} onRetry={onRetry} />;
  if (kind === 'no-permission') {
    return (
      <MessageBar messageBarType={MessageBarType.blocked} isMultiline delayedRender={false} actions={<RetryButton onRetry={onRetry} />}>
        <Text block>
          You do not have permission to read the GTM lists on this site. Ask a site owner to give you access
          (read, or edit to change items), then retry.
        </Text>
        <Text block variant="small">{detail}</Text>
      </MessageBar>
    );
  }
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline delayedRender={false} actions={<RetryButton onRetry={onRetry} />}>
      <Text block>{detail}</Text>
    </MessageBar>
  );
}

function RetryButton({ onRetry }: { onRetry: () => void }): React.ReactElement {
  return (
    <div>
      <DefaultButton text="Retry" onClick={onRetry} />
    </div>
  );
}

function MissingListMessage({ detail, env, onRetry }: { detail: string; env: WebPartEnvironment; onRetry: () => void }): React.ReactElement {
  const [creating, setCreating] = React.useState(false);
  const [createError, setCreateError] = React.useState<unknown>(undefined);
  const provisionLists = env.canManageLists ? env.provisionLists : undefined;

  const create = async (): Promise<void> => {
    if (!provisionLists) return;
    setCreating(true);
    setCreateError(undefined);
    try {
      await provisionLists();
      setCreating(false);
      onRetry();
    } catch (e) {
      setCreating(false);
      setCreateError(e);
    }
  };

  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline delayedRender={false}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text block>A list this web part needs is missing from this site.</Text>
        <Text block variant="small">{detail}</Text>
        {provisionLists ? (
          <>
            <Text block>
              As a site owner you can create the GTM lists here (existing lists and items are kept), or set the
              list titles in the web part properties if your lists have other names.
            </Text>
            <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
              <PrimaryButton text="Create the GTM lists" onClick={() => void create()} disabled={creating} />
              <DefaultButton text="Retry" onClick={onRetry} disabled={creating} />
              {creating && <Spinner size={SpinnerSize.small} label="Creating the GTM lists…" labelPosition="right" />}
            </Stack>
            {createError !== undefined && (
              <Text block role="alert">
                Could not create the lists: {errorText(createError)}
              </Text>
            )}
          </>
        ) : (
          <>
            <Text block>
              Ask a site owner to open this page and choose “Create the GTM lists”, or to check the list titles in
              the web part properties.
            </Text>
            <div>
              <DefaultButton text="Retry" onClick={onRetry} />
            </div>
          </>
        )}
      </Stack>
    </MessageBar>
  );
}

function ThrottledMessage({ error, onRetry }: { error: unknown; onRetry: () => void }): React.ReactElement {
  const asked = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  const waitSeconds = typeof asked === 'number' && asked > 0 ? asked : DEFAULT_THROTTLE_WAIT_SECONDS;

  // PnPjs already retried a few times; wait what SharePoint asked (or 10 s) and try once more.
  React.useEffect(() => {
    const timer = setTimeout(onRetry, waitSeconds * 1000);
    return () => clearTimeout(timer);
  }, [onRetry, waitSeconds]);

  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline delayedRender={false} actions={<div><DefaultButton text="Retry now" onClick={onRetry} /></div>}>
      <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
        <Spinner size={SpinnerSize.small} />
        <Text block>
          SharePoint is busy, retrying… (in {waitSeconds} s)
        </Text>
      </Stack>
    </MessageBar>
  );
}
