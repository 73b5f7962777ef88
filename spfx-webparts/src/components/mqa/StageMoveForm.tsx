import * as React from 'react';
import type { IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { IsoDate, MqaStage, PeopleSearch, Person, QualifiedAccount } from '@gtm/shared';
import { MQA_STAGE_LABELS, handOverMissing, handOverMissingInWords, legalNextStages } from '@gtm/shared';
import type { HandOverChoice } from './HandOverFields';
import { HandOverFields, initialHandOver } from './HandOverFields';
import { cannotSave, RequiredNoteField } from './RequiredNoteField';
import { SubmitButton } from './SubmitButton';

/** A complete hand-over as the form passes it on: the Sales owner and source chosen, and the evidence. */
export type HandOverRequest = HandOverChoice & { evidence: string };

/** Props of {@link StageMoveForm}. */
export interface StageMoveFormProps {
  account: QualifiedAccount;
  /** Saves a move to any stage but Shared with Sales; resolves true when stored (the form then clears). */
  onMove: (to: MqaStage, evidence: string) => Promise<boolean>;
  /** Saves the hand-over to Sales (Shared with Sales); resolves true when stored. */
  onHandOver: (request: HandOverRequest) => Promise<boolean>;
  saving: boolean;
  /** The directory the Sales owner is picked from, and the people already on the lists. */
  search: PeopleSearch;
  people: readonly Person[];
  today: IsoDate;
  /** Told whether a stage is chosen or evidence typed (unsaved work the panel asks about before closing). */
  onDirtyChange?: (dirty: boolean) => void;
}

const HAND_OVER: MqaStage = 'shared-with-sales';

/**
 * Moves the account along the MQA file. Only the domain's legal next stages are offered, and the
 * evidence that justifies the move is required (it goes into the stage history). Shared with Sales
 * is the hand-over, the one way to Sales: choosing it asks for the Sales owner and the Converting
 * Source too, and nothing is saved until they are given (the form says which is missing).
 */
export function StageMoveForm({ account, onMove, onHandOver, saving, search, people, today, onDirtyChange }: StageMoveFormProps): React.ReactElement {
  // The theme's error colour (#a4262c on light, #F1707B on dark): legible on any section.
  const { semanticColors } = useTheme();
  const legal = legalNextStages(account);
  const [to, setTo] = React.useState<MqaStage | undefined>(undefined);
  const [evidence, setEvidence] = React.useState('');
  const [handOver, setHandOver] = React.useState<HandOverChoice>(() => initialHandOver(account));
  const [touched, setTouched] = React.useState(false);

  // Another account, or this one moved: the old choice may no longer be legal. Only a different
  // account or stage resets the form, not a new object for the same one.
  React.useEffect(() => {
    setTo(undefined);
    setEvidence('');
    setHandOver(initialHandOver(account));
    setTouched(false);
  }, [account.id, account.stage]);

  const dirty = to !== undefined || evidence.trim() !== '';
  React.useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  if (legal.length === 0) {
    return <Text>{MQA_STAGE_LABELS[account.stage]} is final: the account cannot move any further.</Text>;
  }

  const handingOver = to === HAND_OVER;
  const options: IChoiceGroupOption[] = legal.map((stage) => ({ key: stage, text: MQA_STAGE_LABELS[stage] }));
  const missing = handingOver ? handOverMissing(account, { ...handOver, evidence }) : [];
  const problem = !touched
    ? undefined
    : to === undefined
      ? 'Choose the stage to move to.'
      : missing.length > 0
        ? `Not handed over yet: ${handOverMissingInWords(missing)} ${missing.length > 1 ? 'are' : 'is'} missing.`
        : undefined;

  const submit = async (): Promise<void> => {
    setTouched(true);
    if (to === undefined || cannotSave(evidence)) return;
    if (handingOver && missing.length > 0) return;
    const saved = handingOver ? await onHandOver({ ...handOver, evidence }) : await onMove(to, evidence);
    if (saved) {
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
      {handingOver && (
        <HandOverFields
          account={account}
          value={handOver}
          onChange={setHandOver}
          showMissing={touched}
          search={search}
          people={people}
          today={today}
          disabled={saving}
        />
      )}
      <RequiredNoteField
        label={handingOver ? 'Hand-over evidence' : 'Evidence'}
        value={evidence}
        onChange={setEvidence}
        showMissing={touched}
        missingMessage={
          handingOver
            ? 'Say why Sales should take the account now (the hand-over evidence).'
            : 'Evidence is required: say what justifies the move (a meeting, a reply, a signal).'
        }
      />
      {problem !== undefined && (
        <Text role="alert" styles={{ root: { color: semanticColors.errorText } }} data-testid="stage-move-problem">
          {problem}
        </Text>
      )}
      <SubmitButton text={handingOver ? 'Hand over to Sales' : 'Move account'} onSubmit={submit} disabled={saving} />
    </Stack>
  );
}
