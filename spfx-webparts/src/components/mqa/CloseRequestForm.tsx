import * as React from 'react';
import type { IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { DirectRequest, QualifiedAccount } from '@gtm/shared';
import { emailDomain } from './request-queue';
import { ACCOUNT_TEXT_LIMITS, DIRECT_REQUEST_TEXT_LIMITS } from '@gtm/shared';
import { isOverLimit, LimitedTextField } from '../common/LimitedTextField';
import { cannotSave, isBlank, RequiredNoteField } from './RequiredNoteField';
import { SubmitButton } from './SubmitButton';

/** How the user chose to close the request. */
export type CloseChoice =
  | { kind: 'mql'; leadId: string }
  | { kind: 'nurture' }
  | { kind: 'mqa-link'; accountId: string }
  | { kind: 'mqa-create'; name: string; domain: string; evidence: string };

type Outcome = 'mql' | 'mqa' | 'nurture';

const OUTCOMES: IChoiceGroupOption[] = [
  { key: 'mql', text: 'MQL — a qualified contact for the lead funnel' },
  { key: 'mqa', text: 'MQA — an account for the MQA file' },
  { key: 'nurture', text: 'Nurture — back to marketing and sales nurturing' },
];
const ACCOUNT_MODES: IChoiceGroupOption[] = [
  { key: 'link', text: 'Link an account already in the MQA file' },
  { key: 'create', text: 'Create a new account in the MQA file' },
];

/** Props of {@link CloseRequestForm}. */
export interface CloseRequestFormProps {
  request: DirectRequest;
  accounts: readonly QualifiedAccount[];
  onClose: (choice: CloseChoice) => Promise<boolean>;
  saving: boolean;
  /** Told whether an outcome is chosen but the request not closed yet (the panel asks before closing over it). */
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * Closes a triaged and contacted request as MQL, MQA or nurture. MQA links the account of the
 * requester's company (the one with the e-mail's domain is suggested) or creates it at Identified.
 */
export function CloseRequestForm({ request, accounts, onClose, saving, onDirtyChange }: CloseRequestFormProps): React.ReactElement {
  // The theme's error colour (#a4262c on light, #F1707B on dark): legible on any section.
  const { semanticColors } = useTheme();
  const domain = emailDomain(request.contact.email);
  const match = accounts.find((a) => a.domain.toLowerCase() === domain);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  const [leadId, setLeadId] = React.useState('');
  const [mode, setMode] = React.useState<'link' | 'create'>(match ? 'link' : 'create');
  const [accountId, setAccountId] = React.useState<string | undefined>(match?.id);
  const [name, setName] = React.useState(request.contact.company ?? '');
  const [newDomain, setNewDomain] = React.useState(domain);
  const [evidence, setEvidence] = React.useState(
    `Direct request from ${request.contact.name ?? request.contact.email} received ${request.receivedAt}, rated and contacted by presales`,
  );
  const [touched, setTouched] = React.useState(false);
  const dirty = outcome !== undefined;
  React.useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  React.useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  const ready = request.triage !== null && request.outreach !== null;
  const missing = (value: string | undefined): boolean => touched && isBlank(value);
  const accountOptions: IDropdownOption[] = React.useMemo(
    () => [...accounts].sort((a, b) => a.name.localeCompare(b.name)).map((a) => ({ key: a.id, text: `${a.name} (${a.domain})` })),
    [accounts],
  );

  const choice = (): CloseChoice | null => {
    if (outcome === 'mql') return isOverLimit(leadId.trim(), DIRECT_REQUEST_TEXT_LIMITS.outcomeRef) ? null : { kind: 'mql', leadId: leadId.trim() };
    if (outcome === 'nurture') return { kind: 'nurture' };
    if (outcome !== 'mqa') return null;
    if (mode === 'link') return accountId ? { kind: 'mqa-link', accountId } : null;
    if (cannotSave(name, ACCOUNT_TEXT_LIMITS.name) || cannotSave(newDomain, ACCOUNT_TEXT_LIMITS.domain) || cannotSave(evidence)) return null;
    return { kind: 'mqa-create', name: name.trim(), domain: newDomain.trim().toLowerCase(), evidence };
  };
  const submit = async (): Promise<void> => {
    setTouched(true);
    const chosen = choice();
    if (chosen) await onClose(chosen);
  };

  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="close-request-form">
      {!ready && <Text>Rate the request and record the presales outreach before closing it: the outcome is a judgement on both.</Text>}
      <ChoiceGroup
        label="Outcome"
        required
        disabled={!ready}
        options={OUTCOMES}
        selectedKey={outcome ?? null}
        onChange={(_, o) => setOutcome(o?.key as Outcome | undefined)}
      />
      {touched && outcome === undefined && (
        <span role="alert" style={{ color: semanticColors.errorText, fontSize: 12 }}>
          Choose how the request ends.
        </span>
      )}
      {outcome === 'mql' && (
        <LimitedTextField label="Lead id in the CRM (optional)" limit={DIRECT_REQUEST_TEXT_LIMITS.outcomeRef} value={leadId} onChange={(_, v) => setLeadId(v ?? '')} />
      )}
      {outcome === 'mqa' && (
        <Stack tokens={{ childrenGap: 6 }}>
          <ChoiceGroup label="Account" options={ACCOUNT_MODES} selectedKey={mode} onChange={(_, o) => setMode(o?.key === 'link' ? 'link' : 'create')} />
          {mode === 'link' ? (
            <Dropdown
              label="Account in the MQA file"
              required
              options={accountOptions}
              selectedKey={accountId ?? null}
              onChange={(_, o) => setAccountId(o ? String(o.key) : undefined)}
              errorMessage={missing(accountId) ? 'Choose the account, or create a new one.' : undefined}
            />
          ) : (
            <>
              <LimitedTextField
                label="Account name"
                required
                limit={ACCOUNT_TEXT_LIMITS.name}
                value={name}
                onChange={(_, v) => setName(v ?? '')}
                errorMessage={missing(name) ? 'Enter the company name.' : undefined}
              />
              <LimitedTextField
                label="Web domain"
                required
                limit={ACCOUNT_TEXT_LIMITS.domain}
                value={newDomain}
                onChange={(_, v) => setNewDomain(v ?? '')}
                errorMessage={missing(newDomain) ? 'Enter the company’s web domain, e.g. contoso.com.' : undefined}
              />
              <RequiredNoteField
                label="Evidence for identifying the account"
                value={evidence}
                onChange={setEvidence}
                showMissing={touched}
                missingMessage="Say why this account belongs in the MQA file."
              />
            </>
          )}
        </Stack>
      )}
      <SubmitButton text="Close request" onSubmit={submit} disabled={saving || !ready} />
    </Stack>
  );
}
