import * as React from 'react';
import type { IChoiceGroupOption } from '@fluentui/react';
import { ChoiceGroup, Stack, Text, useTheme } from '@fluentui/react';
import type { MqaStage, QualifiedAccount } from '@gtm/shared';
import { MQA_STAGE_LABELS, legalNextStages } from '@gtm/shared';
import { cannotSave, RequiredNoteField } from './RequiredNoteField';
import { SubmitButton } from './SubmitButton';

/** Props of {@link StageMoveForm}. */
export interface StageMoveFormProps {
  account: QualifiedAccount;
  /** Saves the move; resolves true when stored (the form then clears). */
  onMove: (to: MqaStage, evidence: string) => Promise<boolean>;
  saving: boolean;
  /** Told whether a stage is chosen or evidence typed (unsaved work the panel asks about before closing). */
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * Moves the account along the MQA file. Only the domain's legal next stages are offered, and the
 * evidence that justifies the move is required (it goes into the stage history).
 */
export function StageMoveForm({ account, onMove, saving, onDirtyChange }: StageMoveFormProps): React.ReactElement {
  // The theme's error colour (#a4262c on light, #F1707B on dark): legible on any section.
  const { semanticColors } = useTheme();
  const legal = legalNextStages(account);
  const [to, setTo] = React.useState<MqaStage | undefined>(undefined);
  const [evidence, setEvidence] = React.useState('');
  const [touched, setTouched] = React.useState(false);

  // Another account, or this one moved: the old choice may no longer be legal.
  React.useEffect(() => {
    setTo(undefined);
    setEvidence('');
    setTouched(false);
  }, [account.id, account.stage]);

  const dirty = to !== undefined || evidence.trim() !== '';
  React.useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  if (legal.length === 0) {
    return <Text>{MQA_STAGE_LABELS[account.stage]} is final: the account cannot move any further.</Text>;
  }

  const options: IChoiceGroupOption[] = legal.map((stage) => ({ key: stage, text: MQA_STAGE_LABELS[stage] }));
  const stageError = touched && to === undefined ? 'Choose the stage to move to.' : undefined;

  const submit = async (): Promise<void> => {
    setTouched(true);
    if (to === undefined || cannotSave(evidence)) return;
    if (await onMove(to, evidence)) {
      setEvidence('');
      setTouched(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="stage-move-form">
      <ChoiceGroup
        label="Move to"
        required
        options={options}
        selectedKey={to ?? null}
        onChange={(_, option) => setTo(option?.key as MqaStage | undefined)}
      />
      {stageError && (
        <Text role="alert" styles={{ root: { color: semanticColors.errorText } }}>
          {stageError}
        </Text>
      )}
      <RequiredNoteField
        label="Evidence"
        value={evidence}
        onChange={setEvidence}
        showMissing={touched}
        missingMessage="Evidence is required: say what justifies the move (a meeting, a reply, a signal)."
      />
      <SubmitButton text="Move account" onSubmit={submit} disabled={saving} />
    </Stack>
  );
}
