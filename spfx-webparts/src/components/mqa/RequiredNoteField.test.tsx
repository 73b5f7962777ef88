/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cannotSave, isBlank, RequiredNoteField } from './RequiredNoteField';
import { SubmitButton } from './SubmitButton';

/** A form as the MQA panels build one: a required note and its action. */
function EvidenceForm({ onSave }: { onSave: (evidence: string) => void }): React.ReactElement {
  const [evidence, setEvidence] = React.useState('');
  const [touched, setTouched] = React.useState(false);
  const submit = async (): Promise<void> => {
    setTouched(true);
    if (!cannotSave(evidence)) onSave(evidence);
  };
  return (
    <>
      <RequiredNoteField label="Evidence" value={evidence} onChange={setEvidence} showMissing={touched} missingMessage="Say what justifies the move." />
      <SubmitButton text="Move account" onSubmit={submit} disabled={false} />
    </>
  );
}

describe('a required note and its submit button', () => {
  it('counts text of spaces, tabs and line breaks as blank, and any other character as written', () => {
    expect([undefined, '', '  ', '\t\n'].map(isBlank)).toEqual([true, true, true, true]);
    expect(isBlank(' a ')).toBe(false);
  });

  it('says nothing while the user types, flags a blank note on the field after the first try, and keeps what was typed', async () => {
    const saved: string[] = [];
    render(<EvidenceForm onSave={(e) => saved.push(e)} />);
    const field = screen.getByRole('textbox', { name: 'Evidence' });
    expect(field).toBeRequired();
    await userEvent.type(field, '   ');
    expect(screen.queryByText('Say what justifies the move.')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Move account' }));
    expect(screen.getByText('Say what justifies the move.')).toBeInTheDocument();
    expect(saved).toEqual([]);

    await userEvent.type(field, 'CISO call');
    expect(screen.queryByText('Say what justifies the move.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Move account' }));
    expect(saved).toEqual(['   CISO call']);
  });

  it('cannot save a blank note or one over the 1,000 characters an MQA note keeps', () => {
    expect([cannotSave('  '), cannotSave('x'.repeat(1000)), cannotSave('x'.repeat(1001))]).toEqual([true, false, true]);
  });

  it('shows "1,000 / 1,000" at the limit, the error at 1,001 characters typed, and saves nothing', async () => {
    const saved: string[] = [];
    render(<EvidenceForm onSave={(e) => saved.push(e)} />);
    const field = screen.getByRole('textbox', { name: 'Evidence' });
    await userEvent.click(field);
    await userEvent.paste('e'.repeat(1000));
    expect(screen.getByText('1,000 / 1,000')).toBeInTheDocument();
    await userEvent.keyboard('e');
    expect(screen.getByText('Evidence is 1,001 characters; SharePoint holds at most 1,000 — shorten it by 1')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Move account' }));
    expect(saved).toEqual([]);
  });

  it('cannot be pressed while disabled (a save is in flight)', () => {
    render(<SubmitButton text="Close request" onSubmit={async () => undefined} disabled />);
    expect(screen.getByRole('button', { name: 'Close request' })).toBeDisabled();
  });
});
