/**
 * The configurable tab's configuration page: the SharePoint site that holds the GTM lists (as Graph
 * names it) and the team and channel the summary goes to (filled from the Teams context). Save is
 * enabled only when every field is set.
 */
import * as React from 'react';
import { Stack, Text, TextField } from '@fluentui/react';

export interface TabConfigValues {
  site: string;
  team: string;
  channel: string;
}

export interface ConfigPageProps {
  initial: TabConfigValues;
  onChange(values: TabConfigValues, valid: boolean): void;
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

export function ConfigPage({ initial, onChange }: ConfigPageProps): React.ReactElement {
  const [values, setValues] = React.useState(initial);
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
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16, maxWidth: 560 } }}>
      <Text variant="xLarge" as="h1">Set up the GTM Review tab</Text>
      {field('site', 'SharePoint site', 'The site with the GTM lists (Control Plane, Risk Register, MQA file).')}
      {field('team', 'Team', 'The team whose channel gets the summary (the next review goes to your own calendar, with the attendees invited).')}
      {field('channel', 'Channel', 'The channel the review summary is posted to.')}
    </Stack>
  );
}
