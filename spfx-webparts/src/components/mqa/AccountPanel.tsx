import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Separator } from '@fluentui/react/lib/Separator';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IsoDate, MqaStage, PeopleSearch, Person, QualifiedAccount, SalesWorkingEntry, SourceField } from '@gtm/shared';
import { MQA_STAGE_LABELS } from '@gtm/shared';
import { useUnsavedGuard } from '../common/use-unsaved-guard';
import { ConversionHistory, StageHistory } from './AccountHistory';
import { AttributionFacts } from './AttributionFacts';
import { CorrectAttributionDialog } from './CorrectAttributionDialog';
import { SalesWorkingListStatus } from './SalesWorkingListStatus';
import type { HandOverRequest } from './StageMoveForm';
import { StageMoveForm } from './StageMoveForm';

const classes = mergeStyleSets({
  profile: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12, rowGap: 2, margin: 0 },
  term: { fontWeight: 600 },
  value: { margin: 0 },
});

function keepOpen(): void {
  // Intentionally empty: see onOuterClick.
}

/** Props of {@link AccountPanel}. */
export interface AccountPanelProps {
  account: QualifiedAccount;
  /** The user's locale: a corrected OLS or CS date shows and is typed as it writes dates. */
  locale: string;
  workingEntry: SalesWorkingEntry | undefined;
  saving: boolean;
  /** Why the last change was not saved (shown at the top of the panel). */
  error: string | null;
  /**
   * Why the account's Sales working list row did not follow its last stage move (null when it
   * did, or nothing moved): the panel says so and offers to retry.
   */
  workingListLag: string | null;
  /** Updates the row again to the account's stage. */
  onRetryWorkingList: () => Promise<void>;
  /** The hand-over's date (the conversion date it records). */
  today: IsoDate;
  /** The directory a Sales owner is picked from, and the people already on the lists (offered first). */
  peopleSearch: PeopleSearch;
  people: readonly Person[];
  onMove: (to: MqaStage, evidence: string) => Promise<boolean>;
  /** Hands the account over to Sales: the one way to Shared with Sales. */
  onHandOver: (request: HandOverRequest) => Promise<boolean>;
  /** Adds the missing Sales working list row of an account already past the hand-over. */
  onAddWorkingRow: () => Promise<boolean>;
  onCorrect: (field: SourceField, newValue: string, reason: string) => Promise<boolean>;
  onClearError: () => void;
  onDismiss: () => void;
}

function Section({ title, children }: { title: string; children: React.ReactNode }): React.ReactElement {
  return (
    <section aria-label={title}>
      <Separator alignContent="start">
        {/* Level 2: the panel's title is the level-1 heading of this dialog (Fluent's Panel header). */}
        <Text variant="mediumPlus" role="heading" aria-level={2}>
          {title}
        </Text>
      </Separator>
      {children}
    </section>
  );
}

/**
 * One account of the MQA file: its profile (ICP fit, intent topics, engagement, owners), OLS/CS
 * read-only with "Correct", the stage move (legal next stages, evidence required; Shared with Sales
 * is the hand-over, asking for the Sales owner and the Converting Source), where it stands on the
 * Sales working list, and its conversion and stage histories. Every value from the list renders as text.
 */
export function AccountPanel(props: AccountPanelProps): React.ReactElement {
  const { account, workingEntry, saving, error } = props;
  const [correcting, setCorrecting] = React.useState<SourceField | null>(null);
  // The stage move (and the hand-over in it) says whether it holds a choice or typed work; closing asks first if so.
  const [moveDirty, setMoveDirty] = React.useState(false);
  const guard = useUnsavedGuard(moveDirty, props.onDismiss);

  return (
    <>
      <Panel
        isOpen
        type={PanelType.medium}
        headerText={account.name}
        closeButtonAriaLabel="Close the account"
        onDismiss={guard.requestClose}
        // A blocking panel closes on any click outside it, which includes the conflict dialog's
        // buttons (a separate layer): close only with the close button or Escape.
        onOuterClick={keepOpen}
      >
        <Stack tokens={{ childrenGap: 12 }} data-testid="account-panel">
          <Text data-testid="account-stage">
            {account.domain} · {MQA_STAGE_LABELS[account.stage]}
          </Text>
          {error !== null && correcting === null && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline onDismiss={props.onClearError} role="alert" data-testid="account-error">
              {error}
            </MessageBar>
          )}
          {props.workingListLag !== null && (
            <div data-testid="working-list-lag">
              <MessageBar
                messageBarType={MessageBarType.severeWarning}
                isMultiline
                actions={
                  <div>
                    <DefaultButton text="Retry updating the Sales working list" onClick={() => void props.onRetryWorkingList()} disabled={saving} />
                  </div>
                }
              >
                {`${account.name} moved to ${MQA_STAGE_LABELS[account.stage]}, but its row on the Sales working list was not updated` +
                  (workingEntry ? ` (it still says ${MQA_STAGE_LABELS[workingEntry.status]})` : '') +
                  `: ${props.workingListLag}`}
              </MessageBar>
            </div>
          )}
          <Section title="Profile">
            <dl className={classes.profile}>
              <dt className={classes.term}>ICP fit</dt>
              <dd className={classes.value}>{account.icpFit} / 5</dd>
              <dt className={classes.term}>Intent topics</dt>
              <dd className={classes.value}>{account.intentTopics.length > 0 ? account.intentTopics.join(', ') : 'None recorded'}</dd>
              <dt className={classes.term}>Engagement score</dt>
              <dd className={classes.value}>{account.engagementScore}</dd>
              <dt className={classes.term}>Marketing owner</dt>
              <dd className={classes.value}>{account.marketingOwner.displayName ?? account.marketingOwner.email}</dd>
              <dt className={classes.term}>Sales owner</dt>
              <dd className={classes.value}>{account.salesOwner ? (account.salesOwner.displayName ?? account.salesOwner.email) : 'Not assigned'}</dd>
            </dl>
          </Section>
          <Section title="Original and converting source">
            <AttributionFacts account={account} onCorrect={(field) => { props.onClearError(); setCorrecting(field); }} />
          </Section>
          <Section title="Move to another stage">
            <StageMoveForm
              account={account}
              onMove={props.onMove}
              onHandOver={props.onHandOver}
              saving={saving}
              search={props.peopleSearch}
              people={props.people}
              today={props.today}
              onDirtyChange={setMoveDirty}
            />
          </Section>
          <Section title="Sales working list">
            <SalesWorkingListStatus account={account} entry={workingEntry} onAddRow={props.onAddWorkingRow} saving={saving} />
          </Section>
          <Section title="Conversion history">
            <ConversionHistory account={account} />
          </Section>
          <Section title="Stage history">
            <StageHistory account={account} />
          </Section>
        </Stack>
        {correcting !== null && (
          <CorrectAttributionDialog
            field={correcting}
            currentValue={account[correcting] ?? ''}
            locale={props.locale}
            error={error}
            saving={saving}
            onSubmit={(value, reason) => props.onCorrect(correcting, value, reason)}
            onDismiss={() => {
              setCorrecting(null);
              props.onClearError();
            }}
          />
        )}
      </Panel>
      {guard.dialog}
    </>
  );
}
