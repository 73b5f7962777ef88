/** @jest-environment jsdom */
/**
 * Capturing in the meeting: a decision is kept in the review's GtmDecisions note (1,000 characters
 * each) and an action becomes a GTM Actions item (Title: 255). Over the limit the form says so on
 * the field and records nothing; what was typed stays.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { listPeopleSearch } from '@gtm/shared';
import { ActionForm, DecisionForm, validateAction } from './CaptureForms';

setIconOptions({ disableWarnings: true });

const ITEM = { key: 'kpi:1', title: 'Qualified pipeline' };
const ANA = { email: 'ana@contoso.com', displayName: 'Ana' };

describe('capturing decisions and actions in the meeting', () => {
  it('counts a decision near its 1,000 characters ("950 / 1,000") and refuses 1,001 without recording it', async () => {
    const user = userEvent.setup();
    const onRecord = jest.fn();
    render(<DecisionForm item={ITEM} newId={() => 'c1'} onRecord={onRecord} />);
    const field = screen.getByRole('textbox', { name: 'Decision' });
    await user.click(field);
    await user.paste('d'.repeat(950));
    expect(screen.getByText('950 / 1,000')).toBeInTheDocument();
    await user.paste('d'.repeat(50));
    await user.keyboard('d');
    expect(screen.getByText('Decision is 1,001 characters; SharePoint holds at most 1,000 — shorten it by 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(onRecord).not.toHaveBeenCalled();
    expect(field).toHaveValue('d'.repeat(1001));
  });

  it('refuses an action of 256 characters with the error on the field, and records nothing', async () => {
    const user = userEvent.setup();
    const onRecord = jest.fn();
    render(<ActionForm item={ITEM} attendees={[ANA]} people={listPeopleSearch([])} today="2026-11-22" locale="en-US" newId={() => 'a1'} onRecord={onRecord} />);
    await user.click(screen.getByRole('textbox', { name: 'Action' }));
    await user.paste('a'.repeat(255));
    await user.keyboard('a');
    expect(screen.getByText('Action is 256 characters; SharePoint holds at most 255 — shorten it by 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record action' }));
    expect(onRecord).not.toHaveBeenCalled();
  });

  it('reports the over-long title in validateAction too (312 characters: shorten by 57)', () => {
    const errors = validateAction({ title: 't'.repeat(312), owner: ANA, dueDate: '2026-12-01' }, '2026-11-22', 'en-US');
    expect(errors).toEqual({ title: 'Action is 312 characters; SharePoint holds at most 255 — shorten it by 57' });
  });

  it('refuses an action whose owner was not picked from the directory', () => {
    const errors = validateAction({ title: 'Send the deck', owner: null, dueDate: '2026-12-01' }, '2026-11-22', 'en-US');
    expect(errors).toEqual({ owner: 'Choose the owner: type part of their name and pick them from the list.' });
  });
});

/** The action form with Ana picked as owner and "Send the deck" typed, in `locale`, today 22 Nov 2026. */
async function actionFormWithOwner(locale: string): Promise<{ user: ReturnType<typeof userEvent.setup>; onRecord: jest.Mock; due: HTMLElement }> {
  const user = userEvent.setup();
  const onRecord = jest.fn();
  render(<ActionForm item={ITEM} attendees={[ANA]} people={listPeopleSearch([])} today="2026-11-22" locale={locale} newId={() => 'a1'} onRecord={onRecord} />);
  await user.type(screen.getByRole('textbox', { name: 'Action' }), 'Send the deck');
  await user.click(screen.getByRole('combobox', { name: 'Owner' }));
  await user.click(await screen.findByRole('option', { name: /^Ana/ }));
  return { user, onRecord, due: screen.getByRole('combobox', { name: 'Due date' }) };
}

describe("the action's due date: a date picker that takes typing in the user's Teams locale", () => {
  it('is a date picker (a calendar button) whose placeholder is DD.MM.YYYY in de-DE, where 30.11.2026 is recorded as 2026-11-30', async () => {
    const { user, onRecord, due } = await actionFormWithOwner('de-DE');
    expect(due).toHaveAttribute('placeholder', 'DD.MM.YYYY');
    expect(document.querySelectorAll('i[data-icon-name="Calendar"]')).toHaveLength(1);
    await user.type(due, '30.11.2026');
    await user.click(screen.getByRole('button', { name: 'Record action' }));
    expect(onRecord).toHaveBeenCalledWith(expect.objectContaining({ title: 'Send the deck', dueDate: '2026-11-30' }));
  });

  it('in en-US refuses 30/11/2026 on the field, saying to type MM/DD/YYYY, and records nothing; 11/30/2026 is then recorded', async () => {
    const { user, onRecord, due } = await actionFormWithOwner('en-US');
    expect(due).toHaveAttribute('placeholder', 'MM/DD/YYYY');
    await user.type(due, '30/11/2026');
    await user.click(screen.getByRole('button', { name: 'Record action' }));
    expect(screen.getByText('“30/11/2026” is not a date: type it as MM/DD/YYYY, e.g. 11/22/2026.')).toBeInTheDocument();
    expect(onRecord).not.toHaveBeenCalled();
    await user.clear(due);
    await user.type(due, '11/30/2026');
    await user.click(screen.getByRole('button', { name: 'Record action' }));
    expect(onRecord).toHaveBeenCalledWith(expect.objectContaining({ dueDate: '2026-11-30' }));
  });

  it('says a past due date as the locale writes it: "The due date 20.11.2026 is in the past (today is 22.11.2026)."', () => {
    const errors = validateAction({ title: 'Send the deck', owner: ANA, dueDate: '2026-11-20' }, '2026-11-22', 'de-DE');
    expect(errors).toEqual({ dueDate: 'The due date 20.11.2026 is in the past (today is 22.11.2026).' });
  });
});
