/**
 * The configurable tab's configuration page: the SharePoint site that holds the GTM lists (as Graph
 * names it) and the team and channel the summary goes to (filled from the Teams context). Save is
 * enabled only when every field is set.
 */
import * as React from 'react';
import { Dropdown, MessageBar, Stack, Text, TextField } from '@fluentui/react';
import type { NamedId, TeamDirectory } from '../data/team-directory';
import { describeError } from '../review/error-message';

export interface TabConfigValues {
  site: string;
  team: string;
  channel: string;
}

export interface ConfigPageProps {
  initial: TabConfigValues;
  onChange(values: TabConfigValues, valid: boolean): void;
  /** The user's teams and their channels, picked from lists; without it (or when it fails) ids are typed. */
  directory?: TeamDirectory;
}

type Options = { state: 'loading' } | { state: 'ready'; items: NamedId[] } | { state: 'failed'; message: string };

/** Loads a list when `load` changes; `null` load: nothing to list yet. */
function useOptions(load: (() => Promise<NamedId[]>) | null): Options | null {
  const [options, setOptions] = React.useState<Options | null>(null);
  React.useEffect(() => {
    if (!load) {
      setOptions(null);
      return undefined;
    }
    let live = true;
    setOptions({ state: 'loading' });
    load().then(
      (items) => live && setOptions({ state: 'ready', items }),
      (error: unknown) => live && setOptions({ state: 'failed', message: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return options;
}

/** What is missing, by field. */
export function configErrors(values: TabConfigValues): Partial<Record<keyof TabConfigValues, string>> {
  const errors: Partial<Record<keyof TabConfigValues, string>> = {};
  if (!values.site.trim()) errors.site = 'Enter the site, e.g. contoso.sharepoint.com:/sites/gtm:';
  else if (!/^(root|[^\s/]+:\/sites\/[^\s]+|[0-9a-f-]{36}(,[0-9a-f-]{36}){0,2}|[^\s,]+,[0-9a-f-]{36},[0-9a-f-]{36})$/i.test(values.site.trim())) {
    errors.site = 'Use host:/sites/name: (e.g. contoso.sharepoint.com:/sites/gtm:) or a Graph site id.';
  }
  if (!values.team.trim()) errors.team = 'Open this page from a team channel or meeting, or enter the team id.';
  if (!values.channel.trim()) errors.channel = 'Enter the channel id where the summary is posted.';
  return errors;
}

export function ConfigPage({ initial, onChange, directory }: ConfigPageProps): React.ReactElement {
  const [values, setValues] = React.useState(initial);
  const loadTeams = React.useMemo(() => (directory ? () => directory.joinedTeams() : null), [directory]);
  const team = values.team.trim();
  const loadChannels = React.useMemo(() => (directory && team ? () => directory.channels(team) : null), [directory, team]);
  const teams = useOptions(loadTeams);
  const channels = useOptions(loadChannels);
  const errors = configErrors(values);
  const valid = Object.keys(errors).length === 0;
  // The latest callback, without re-running the effect when the parent re-renders.
  const onChangeRef = React.useRef(onChange);
  onChangeRef.current = onChange;
  React.useEffect(() => onChangeRef.current(values, valid), [values, valid]);
  const field = (name: keyof TabConfigValues, label: string, description: string): React.ReactElement => (
    <TextField
      label={label}
      description={description}
      value={values[name]}
      onChange={(_, v) => setValues((s) => ({ ...s, [name]: v ?? '' }))}
      errorMessage={errors[name]}
      required
    />
  );
  // A list when it loaded; the typed id otherwise (no directory, or it failed: the reason above the field).
  const picker = (name: 'team' | 'channel', label: string, description: string, options: Options | null): React.ReactElement => {
    if (options?.state !== 'ready') {
      return (
        <Stack tokens={{ childrenGap: 4 }}>
          {options?.state === 'failed' ? <MessageBar>{`Could not list ${name === 'team' ? 'your teams' : "the team's channels"}: ${options.message} Enter the ${name} id instead.`}</MessageBar> : null}
          {field(name, label, options?.state === 'loading' ? `Loading ${name === 'team' ? 'your teams' : 'channels'}…` : description)}
        </Stack>
      );
    }
    return (
      <Dropdown
        label={label}
        placeholder={options.items.length === 0 ? `No ${name === 'team' ? 'team' : 'channel'} to pick` : `Pick a ${name}`}
        options={options.items.map((o) => ({ key: o.id, text: o.displayName }))}
        selectedKey={values[name] || null}
        onChange={(_, option) => setValues((s) => (option ? { ...s, [name]: String(option.key), ...(name === 'team' ? { channel: '' } : {}) } : s))}
        errorMessage={errors[name] ? (name === 'team' ? 'Pick the team whose channel gets the summary.' : 'Pick the channel the summary is posted to.') : undefined}
        required
      />
    );
  };
  const teamDescription = 'The team whose channel gets the summary (the next review goes to your own calendar, with the attendees invited).';
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16, maxWidth: 560 } }}>
      <Text variant="xLarge" as="h1">Set up the GTM Review tab</Text>
      {field('site', 'SharePoint site', 'The site with the GTM lists (Control Plane, Risk Register, MQA file).')}
      {directory ? picker('team', 'Team', teamDescription, teams) : field('team', 'Team', teamDescription)}
      {directory ? picker('channel', 'Channel', 'The channel the review summary is posted to.', channels) : field('channel', 'Channel', 'The channel the review summary is posted to.')}
    </Stack>
  );
}
