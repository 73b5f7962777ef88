import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { DirectRequest } from '@gtm/shared';
import { DIRECT_REQUEST_TEXT_LIMITS } from '@gtm/shared';
import { isOverLimit, LimitedTextField } from '../common/LimitedTextField';
import { formatDate } from '../common/format-date';
import { isBlank } from './RequiredNoteField';
import { SubmitButton } from './SubmitButton';

/** The structured outreach template a request of each kind starts from (the user may change it). */
const DEFAULT_TEMPLATES: Readonly<Record<DirectRequest['kind'], string>> = {
  'demo-request': 'Demo follow-up: discovery questions',
  'contact-message': 'Contact follow-up: qualification call',
};

/** Props of {@link OutreachForm}. */
export interface OutreachFormProps {
  request: DirectRequest;
  onRecord: (template: string, notes: string) => Promise<boolean>;
  saving: boolean;
  disabled: boolean;
  /** Told whether the template or notes differ from what is recorded (the panel asks before closing over them). */
  onDirtyChange?: (dirty: boolean) => void;
}

/** Records the presales outreach to the requester: the template used and notes. */
export function OutreachForm({ request, onRecord, saving, disabled, onDirtyChange }: OutreachFormProps): React.ReactElement {
  const [template, setTemplate] = React.useState(request.outreach?.template ?? DEFAULT_TEMPLATES[request.kind]);
  const [notes, setNotes] = React.useState(request.outreach?.notes ?? '');
  const [touched, setTouched] = React.useState(false);
  const dirty = template !== (request.outreach?.template ?? DEFAULT_TEMPLATES[request.kind]) || notes !== (request.outreach?.notes ?? '');
  React.useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  React.useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);
  const templateError = touched && isBlank(template) ? 'Name the outreach template used (e.g. “Demo follow-up: discovery questions”).' : undefined;

  const submit = async (): Promise<void> => {
    setTouched(true);
    if (isBlank(template) || isOverLimit(template, DIRECT_REQUEST_TEXT_LIMITS.outreachTemplate) || isOverLimit(notes, DIRECT_REQUEST_TEXT_LIMITS.outreachNotes)) return;
    if (await onRecord(template, notes)) setTouched(false);
  };

  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="outreach-form">
      {request.outreach && (
        <Text>
          Recorded on {formatDate(request.outreach.at)} by {request.outreach.by.displayName ?? request.outreach.by.email}: {request.outreach.template}
        </Text>
      )}
      <LimitedTextField
        label="Outreach template"
        required
        limit={DIRECT_REQUEST_TEXT_LIMITS.outreachTemplate}
        value={template}
        onChange={(_, v) => setTemplate(v ?? '')}
        errorMessage={templateError}
        disabled={disabled}
      />
      <LimitedTextField
        label="Outreach notes"
        multiline
        rows={2}
        limit={DIRECT_REQUEST_TEXT_LIMITS.outreachNotes}
        value={notes}
        onChange={(_, v) => setNotes(v ?? '')}
        disabled={disabled}
      />
      <SubmitButton text={request.outreach ? 'Update outreach' : 'Record outreach'} onSubmit={submit} disabled={saving || disabled} />
    </Stack>
  );
}
