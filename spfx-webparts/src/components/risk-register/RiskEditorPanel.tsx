import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import type { IsoDate, Kpi, KpiStatus, PeopleSearch, Person, Risk, RiskCategory, RiskStatus } from '@gtm/shared';
import { PersonPicker } from '../common/PersonPicker';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, RISK_STATUS_LABELS, RISK_TEXT_LIMITS } from '@gtm/shared';
import { DateField } from '../common/DateField';
import { LimitedTextField } from '../common/LimitedTextField';
import { differs, useUnsavedGuard } from '../common/use-unsaved-guard';
import { AssessmentFields } from './AssessmentFields';
import { MitigationActionsEditor } from './MitigationActionsEditor';
import { MonitoringKpiPicker } from './MonitoringKpiPicker';
import type { RiskDraft, RiskFieldErrors } from './risk-draft';
import { validateDraft } from './risk-draft';

const CATEGORY_OPTIONS: IDropdownOption[] = RISK_CATEGORIES.map((c) => ({ key: c, text: RISK_CATEGORY_LABELS[c] }));
const STATUS_OPTIONS: IDropdownOption[] = (['open', 'mitigating', 'accepted', 'closed'] as const).map((s) => ({
  key: s,
  text: RISK_STATUS_LABELS[s],
}));

function keepOpen(): void {
  // Intentionally empty: see onOuterClick.
}

/** Props of {@link RiskEditorPanel}. */
export interface RiskEditorPanelProps {
  /** The risk as it was opened (a new one has `id` null). */
  initial: RiskDraft;
  kpis: readonly Kpi[];
  /** The people known from the lists (risk, mitigation and KPI owners): the owner pickers offer them first. */
  people: readonly Person[];
  /** The directory every owner is picked from. */
  search: PeopleSearch;
  kpiStatuses: ReadonlyMap<string, KpiStatus>;
  /** Why the KPIs could not be read, if so. */
  kpiUnavailable?: string;
  today: IsoDate;
  /** The user's locale: dates show and are typed as it writes them. */
  locale: string;
  saving: boolean;
  /** The last save's failure, shown above the buttons (the form keeps every value). */
  saveError?: string;
  /** A valid risk to save; the panel validated it with the domain's schema first. */
  onSave: (risk: Risk) => void;
  onDismiss: () => void;
}

/**
 * Creates or edits a risk: every input labelled, likelihood and impact as radio groups with the
 * score and rating live, mitigation actions and monitoring KPIs inline. "Save" validates with
 * the domain's RiskSchema and shows each problem on its field; "Close risk" saves it as closed.
 */
export function RiskEditorPanel(props: RiskEditorPanelProps): React.ReactElement {
  const { initial, kpis, people, search, kpiStatuses, kpiUnavailable, today, locale, saving, saveError, onSave, onDismiss } = props;
  const [draft, setDraft] = React.useState<RiskDraft>(initial);
  const [errors, setErrors] = React.useState<RiskFieldErrors>({});
  const [submitted, setSubmitted] = React.useState(false);
  const isNew = initial.id === null;
  // Escape, Cancel and the close button all ask first when the draft differs from what was opened.
  const guard = useUnsavedGuard(differs(draft, initial), onDismiss);

  /** Applies a change; once a save was tried, errors follow the user's corrections as they type. */
  const change = (changes: Partial<RiskDraft>): void => {
    const next = { ...draft, ...changes };
    setDraft(next);
    if (submitted) {
      const result = validateDraft(next);
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const save = (status?: RiskStatus): void => {
    const candidate = status ? { ...draft, status } : draft;
    const result = validateDraft(candidate);
    setSubmitted(true);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (status) setDraft(candidate);
    onSave(result.risk);
  };

  const errorCount = Object.keys(errors).length;
  const footer = (): React.ReactElement => (
    <Stack tokens={{ childrenGap: 8 }}>
      {errorCount > 0 && (
        <MessageBar messageBarType={MessageBarType.error} role="alert" data-testid="validation-summary">
          {errorCount === 1 ? 'One field needs attention' : `${errorCount} fields need attention`} before this risk can be saved: see the
          messages on the fields.
        </MessageBar>
      )}
      {saveError !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} role="alert" isMultiline data-testid="save-error">
          Not saved: {saveError}
        </MessageBar>
      )}
      <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
        <PrimaryButton text={isNew ? 'Create risk' : 'Save'} onClick={() => save()} disabled={saving} />
        {!isNew && draft.status !== 'closed' && (
          <DefaultButton text="Close risk" onClick={() => save('closed')} disabled={saving} />
        )}
        <DefaultButton text="Cancel" onClick={guard.requestClose} disabled={saving} />
        {saving && <Spinner size={SpinnerSize.small} label="Saving…" labelPosition="right" />}
      </Stack>
    </Stack>
  );

  return (
    <>
      <Panel
        isOpen
        type={PanelType.medium}
        headerText={isNew ? 'New risk' : 'Edit risk'}
        closeButtonAriaLabel="Close the editor without saving"
        onDismiss={() => !saving && guard.requestClose()}
        // A click outside the panel includes the conflict dialog's buttons (a separate layer): it
        // must not ask "Discard your changes?" over "Reload theirs". Escape, Cancel and × close it.
        onOuterClick={keepOpen}
        onRenderFooterContent={footer}
        isFooterAtBottom
        isBlocking
        data-testid="risk-editor"
      >
        <Stack tokens={{ childrenGap: 12 }}>
          <LimitedTextField
            label="Title"
            required
            limit={RISK_TEXT_LIMITS.title}
            value={draft.title}
            onChange={(_, v) => change({ title: v ?? '' })}
            errorMessage={errors.title}
          />
          <LimitedTextField
            label="Description"
            multiline
            autoAdjustHeight
            limit={RISK_TEXT_LIMITS.description}
            value={draft.description}
            onChange={(_, v) => change({ description: v ?? '' })}
            errorMessage={errors.description}
          />
          <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
            <Dropdown
              label="Category"
              required
              options={CATEGORY_OPTIONS}
              selectedKey={draft.category}
              onChange={(_, o) => o && change({ category: o.key as RiskCategory })}
              styles={{ root: { minWidth: 220 } }}
            />
            <Dropdown
              label="Status"
              required
              options={STATUS_OPTIONS}
              selectedKey={draft.status}
              onChange={(_, o) => o && change({ status: o.key as RiskStatus })}
              styles={{ root: { minWidth: 140 } }}
            />
          </Stack>
          <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
            <PersonPicker
              label="Owner"
              required
              people={people}
              search={search}
              value={{ email: draft.ownerEmail, displayName: draft.ownerName }}
              // No person (cleared, or text left unpicked): an empty owner, which the schema refuses.
              onChange={(p) => change({ ownerEmail: p?.email ?? '', ownerName: p?.displayName ?? '' })}
              errorMessage={errors['owner.email']}
            />
          </Stack>
          <AssessmentFields name="Inherent" value={draft.inherent} onChange={(inherent) => change({ inherent })} />
          <AssessmentFields name="Residual" value={draft.residual} onChange={(residual) => change({ residual })} error={errors.residual} />
          <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="end">
            <DateField
              label="Last reviewed"
              locale={locale}
              description="Leave empty if the risk has never been reviewed."
              value={draft.lastReviewedAt}
              onChange={(lastReviewedAt) => change({ lastReviewedAt })}
              errorMessage={errors.lastReviewedAt}
              width={200}
            />
            <DefaultButton text="Reviewed today" onClick={() => change({ lastReviewedAt: today })} />
          </Stack>
          <MitigationActionsEditor
            mitigations={draft.mitigations}
            onChange={(mitigations) => change({ mitigations })}
            errors={errors}
            defaultOwner={{ email: draft.ownerEmail, name: draft.ownerName }}
            people={people}
            search={search}
            today={today}
            locale={locale}
          />
          <MonitoringKpiPicker
            kpis={kpis}
            kpiStatuses={kpiStatuses}
            selectedIds={draft.monitoringKpiIds}
            onChange={(monitoringKpiIds) => change({ monitoringKpiIds })}
            {...(kpiUnavailable !== undefined ? { unavailable: kpiUnavailable } : {})}
          />
        </Stack>
      </Panel>
      {guard.dialog}
    </>
  );
}
