/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import type { DirectRequest, Risk } from '@gtm/shared';
import { AddActionForm } from '../control-plane/AddActionForm';
import { CorrectAttributionDialog } from '../mqa/CorrectAttributionDialog';
import { OutreachForm } from '../mqa/OutreachForm';
import { RiskEditorPanel } from '../risk-register/RiskEditorPanel';
import { newRiskDraft, type RiskDraft } from '../risk-register/risk-draft';
import { LimitedTextField } from './LimitedTextField';
import { directorySearch } from './directory.fixture';

setIconOptions({ disableWarnings: true });

const ANA = { email: 'ana@contoso.com', displayName: 'Ana' };

function Field({ limit }: { limit: number }): React.ReactElement {
  const [value, setValue] = React.useState('');
  return <LimitedTextField label="Title" limit={limit} value={value} onChange={(_, v) => setValue(v ?? '')} />;
}

describe('a text input bound to a limited column', () => {
  it('shows no counter on a short text, "229 / 255" from 90 % of the limit, and the error over it', async () => {
    const user = userEvent.setup();
    render(<Field limit={255} />);
    const field = screen.getByRole('textbox', { name: 'Title' });
    await user.click(field);
    await user.paste('x'.repeat(228));
    expect(screen.queryByText('228 / 255')).not.toBeInTheDocument();
    await user.type(field, 'x');
    expect(screen.getByText('229 / 255')).toBeInTheDocument();
    await user.paste('x'.repeat(27));
    expect(screen.getByText('Title is 256 characters; SharePoint holds at most 255 — shorten it by 1')).toBeInTheDocument();
  });

  it('keeps all 312 pasted characters (no browser maxLength cutting them) and says to shorten by 57', async () => {
    const user = userEvent.setup();
    render(<Field limit={255} />);
    const field = screen.getByRole('textbox', { name: 'Title' });
    await user.click(field);
    await user.paste('y'.repeat(312));
    expect(field).toHaveValue('y'.repeat(312));
    expect(field).not.toHaveAttribute('maxlength');
    expect(screen.getByText('Title is 312 characters; SharePoint holds at most 255 — shorten it by 57')).toBeInTheDocument();
  });
});

function renderRiskEditor(initial: RiskDraft, onSave: (risk: Risk) => void): void {
  render(
    <RiskEditorPanel initial={initial} kpis={[]} people={[ANA]} search={directorySearch} kpiStatuses={new Map()} today="2026-11-22" locale="en-US" saving={false} onSave={onSave} onDismiss={() => undefined} />,
  );
}

describe('the forms refuse to save a text over its column’s limit', () => {
  it('Risk Register: 256 characters typed into the title show the error and "Create risk" saves nothing', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn();
    renderRiskEditor(newRiskDraft(ANA), onSave);
    // 255 pasted, the 256th typed: typing all 256 one by one only makes the test slow.
    await user.click(screen.getByRole('textbox', { name: 'Title' }));
    await user.paste('r'.repeat(255));
    await user.keyboard('r');
    expect(screen.getByText('Title is 256 characters; SharePoint holds at most 255 — shorten it by 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create risk' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByTestId('validation-summary')).toHaveTextContent('One field needs attention');
  });

  it('Risk Register: a 4,001-character description (the column holds 4,000) and a 256-character mitigation action are refused', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn();
    renderRiskEditor({ ...newRiskDraft(ANA), title: 'Pricing pressure' }, onSave);
    await user.click(screen.getByRole('textbox', { name: 'Description' }));
    await user.paste('d'.repeat(4001));
    expect(screen.getByText('Description is 4,001 characters; SharePoint holds at most 4,000 — shorten it by 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add mitigation action' }));
    await user.click(screen.getByRole('textbox', { name: 'Action 1' }));
    await user.paste('m'.repeat(256));
    expect(screen.getByText('Action 1 is 256 characters; SharePoint holds at most 255 — shorten it by 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create risk' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('Control Plane: a 256-character new action shows the error and "Add action" adds nothing', async () => {
    const user = userEvent.setup();
    const onAdd = jest.fn(async () => undefined);
    render(<AddActionForm people={[ANA]} search={directorySearch} kpis={[]} defaultOwner={ANA} review={{ id: '1', date: '2026-11-20' }} today="2026-11-22" locale="en-US" onAdd={onAdd} />);
    await user.click(screen.getByRole('textbox', { name: 'New action' }));
    await user.paste('a'.repeat(255));
    await user.keyboard('a');
    await user.type(screen.getByRole('combobox', { name: /^Due date/ }), '2026-12-01');
    expect(screen.getByText('New action is 256 characters; SharePoint holds at most 255 — shorten it by 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('MQA: 2,001 characters of outreach notes (the limit is 2,000) are flagged and not recorded', async () => {
    const user = userEvent.setup();
    const onRecord = jest.fn(async () => true);
    const request: DirectRequest = {
      id: '1',
      kind: 'demo-request',
      receivedAt: '2026-11-20',
      contact: { email: 'cio@fabrikam.com' },
      triage: null,
      outreach: null,
      outcome: null,
      closedAt: null,
    };
    render(<OutreachForm request={request} onRecord={onRecord} saving={false} disabled={false} />);
    await user.click(screen.getByRole('textbox', { name: 'Outreach notes' }));
    await user.paste('n'.repeat(2001));
    expect(screen.getByText('Outreach notes is 2,001 characters; SharePoint holds at most 2,000 — shorten it by 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record outreach' }));
    expect(onRecord).not.toHaveBeenCalled();
  });

  it('MQA: a correction whose reason is 1,001 characters (the audit keeps 1,000) is not saved', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn(async () => true);
    render(<CorrectAttributionDialog field="ols" currentValue="Webinar" onSubmit={onSubmit} onDismiss={() => undefined} error={null} saving={false} locale="en-US" />);
    await user.click(screen.getByRole('textbox', { name: 'Reason for the correction' }));
    await user.paste('w'.repeat(1001));
    expect(screen.getByText('Reason for the correction is 1,001 characters; SharePoint holds at most 1,000 — shorten it by 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
