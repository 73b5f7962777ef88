/**
 * The site step: the task pane asks once for the SharePoint site holding the GTM lists, checks it
 * (`choose` resolves it over Graph and saves it in the workbook) and says plainly what is wrong
 * with a URL that does not work. Pre-filled when the host knows the site (the workbench).
 */
import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text, TextField, mergeStyleSets } from '@fluentui/react';
import type { ChosenSite } from './site/resolve-site';

export interface SitePickerProps {
  /** The address shown at first (the workbench's site; empty on a tenant). */
  suggestedUrl?: string;
  /** Resolves, checks and keeps the site; rejects with a message for the user. */
  choose(url: string): Promise<ChosenSite>;
  onChosen(site: ChosenSite): void;
}

const classes = mergeStyleSets({ root: { padding: 16, maxWidth: 420 } });

export function SitePicker({ suggestedUrl = '', choose, onChosen }: SitePickerProps): React.ReactElement {
  const [url, setUrl] = React.useState(suggestedUrl);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();

  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      onChosen(await choose(url));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} className={classes.root}>
      <Text variant="xLarge" as="h1">
        GTM data
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack tokens={{ childrenGap: 12 }}>
          <TextField
            label="SharePoint site with the GTM lists"
            placeholder="https://contoso.sharepoint.com/sites/gtm"
            description="Paste the site's address from the browser. It is kept in this workbook."
            value={url}
            onChange={(_, value) => setUrl(value ?? '')}
            disabled={busy}
            required
          />
          <PrimaryButton type="submit" text="Use this site" disabled={busy || url.trim() === ''} />
        </Stack>
      </form>
      {busy && <Spinner label="Checking the site and its GTM lists…" />}
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
    </Stack>
  );
}
