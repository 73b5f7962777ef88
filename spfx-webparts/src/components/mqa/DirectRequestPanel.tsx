import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Separator } from '@fluentui/react/lib/Separator';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { DirectRequest, QualifiedAccount, TriageRatings } from '@gtm/shared';
import { DIRECT_REQUEST_KIND_LABELS } from '@gtm/shared';
import { formatDate } from '../common/format-date';
import { useUnsavedGuard } from '../common/use-unsaved-guard';
import type { CloseChoice } from './CloseRequestForm';
import { CloseRequestForm } from './CloseRequestForm';
import { outcomeLabel } from './conflict-fields';
import { OutreachForm } from './OutreachForm';
import { TriageForm } from './TriageForm';

function keepOpen(): void {
  // Intentionally empty: see onOuterClick.
}

/** Props of {@link DirectRequestPanel}. */
export interface DirectRequestPanelProps {
  request: DirectRequest;
  accounts: readonly QualifiedAccount[];
  saving: boolean;
  error: string | null;
  onRate: (ratings: TriageRatings) => Promise<boolean>;
  onRecordOutreach: (template: string, notes: string) => Promise<boolean>;
  onClose: (choice: CloseChoice) => Promise<boolean>;
  onClearError: () => void;
  onDismiss: () => void;
}

function Heading({ children }: { children: string }): React.ReactElement {
  return (
    <Separator alignContent="start">
      {/* Level 2: the panel's title is the level-1 heading of this dialog (Fluent's Panel header). */}
      <Text variant="mediumPlus" role="heading" aria-level={2}>
        {children}
      </Text>
    </Separator>
  );
}

/**
 * One direct request in triage: the message, the ratings, the presales outreach and the close.
 * Ratings picked, outreach edited or an outcome chosen and not saved: Escape or the close button asks
 * "Discard your changes?" first (useUnsavedGuard, as the account panel and the risk editor do).
 */
export function DirectRequestPanel(props: DirectRequestPanelProps): React.ReactElement {
  const { request, accounts, saving, error } = props;
  const closed = request.outcome !== null;
  const linked = request.outcome?.kind === 'mqa' ? accounts.find((a) => a.id === (request.outcome as { accountId: string }).accountId) : undefined;
  // Ratings picked, outreach typed or an outcome chosen but not saved: Escape and the close button ask first.
  const [triageDirty, setTriageDirty] = React.useState(false);
  const [outreachDirty, setOutreachDirty] = React.useState(false);
  const [closeDirty, setCloseDirty] = React.useState(false);
  const guard = useUnsavedGuard(triageDirty || outreachDirty || closeDirty, props.onDismiss);
  return (
    <>
      <Panel
        isOpen
        type={PanelType.medium}
        headerText={`${DIRECT_REQUEST_KIND_LABELS[request.kind]} from ${request.contact.name ?? request.contact.email}`}
        closeButtonAriaLabel="Close the request"
        onDismiss={guard.requestClose}
        // A blocking panel closes on any click outside it, which includes the conflict dialog's
        // buttons (a separate layer): close only with the close button or Escape.
        onOuterClick={keepOpen}
      >
        <Stack tokens={{ childrenGap: 10 }} data-testid="direct-request-panel">
          <Text>
            {request.contact.email}
            {request.contact.company ? ` · ${request.contact.company}` : ''} · received {formatDate(request.receivedAt)}
          </Text>
          {request.message && (
            <Text block styles={{ root: { whiteSpace: 'pre-wrap', fontStyle: 'italic' } }} data-testid="request-message">
              {request.message}
            </Text>
          )}
          {error !== null && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline onDismiss={props.onClearError} role="alert" data-testid="request-error">
              {error}
            </MessageBar>
          )}
          {closed && request.outcome && (
            <MessageBar messageBarType={MessageBarType.success} data-testid="request-outcome">
              Closed as {outcomeLabel(request.outcome)} on {formatDate(request.closedAt)}
              {linked ? ` — account ${linked.name}` : ''}.
            </MessageBar>
          )}
          <Heading>Triage</Heading>
          <TriageForm request={request} onRate={props.onRate} saving={saving} disabled={closed} onDirtyChange={setTriageDirty} />
          <Heading>Presales outreach</Heading>
          <OutreachForm request={request} onRecord={props.onRecordOutreach} saving={saving} disabled={closed} onDirtyChange={setOutreachDirty} />
          {!closed && (
            <>
              <Heading>Close the request</Heading>
              <CloseRequestForm request={request} accounts={accounts} onClose={props.onClose} saving={saving} onDirtyChange={setCloseDirty} />
            </>
          )}
        </Stack>
      </Panel>
      {/* Outside the panel: an Escape in the question must not reach the panel's own Escape. */}
      {guard.dialog}
    </>
  );
}
