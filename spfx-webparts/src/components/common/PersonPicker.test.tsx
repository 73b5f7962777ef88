/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';
import { PersonPicker } from './PersonPicker';

setIconOptions({ disableWarnings: true });

// Fluent v8's ComboBox reads the legacy key code (React's `which`), which browsers fill in but
// user-event leaves 0 in jsdom: give jsdom the browsers' codes for the keys used here.
const KEY_CODES: Record<string, number> = { Enter: 13, Escape: 27, ArrowUp: 38, ArrowDown: 40 };
Object.defineProperty(KeyboardEvent.prototype, 'keyCode', {
  configurable: true,
  get(this: KeyboardEvent) {
    return KEY_CODES[this.key] ?? this.key.toUpperCase().charCodeAt(0);
  },
});

const people = [
  { email: 'ana.silva@contoso.example', displayName: 'Ana Silva' },
  { email: 'bob@contoso.example' },
  { email: 'pedro.silveira@contoso.example', displayName: 'Pedro Silveira' },
];

/** The picker with its value held like a form holds it; returns every value it reported. */
function renderPicker(initial = ''): { picked: { email: string; displayName?: string }[] } {
  const picked: { email: string; displayName?: string }[] = [];
  function Form(): React.ReactElement {
    const [value, setValue] = React.useState<{ email: string; displayName?: string }>({ email: initial });
    return (
      <PersonPicker
        label="Owner"
        required
        people={people}
        value={value}
        onChange={(p) => {
          picked.push(p);
          setValue(p);
        }}
      />
    );
  }
  render(<Form />);
  return { picked };
}

describe('PersonPicker', () => {
  it('filters the 3 known people as you type: "sil" leaves Ana Silva and Pedro Silveira', async () => {
    renderPicker();
    await userEvent.type(screen.getByRole('combobox', { name: 'Owner' }), 'sil');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Ana Silva (ana.silva@contoso.example)', 'Pedro Silveira (pedro.silveira@contoso.example)']);
  });

  it('picks with the keyboard: type "pedro", arrow down, Enter → the owner is Pedro Silveira with his name', async () => {
    const { picked } = renderPicker();
    const input = screen.getByRole('combobox', { name: 'Owner' });
    await userEvent.type(input, 'pedro');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(picked[picked.length - 1]).toEqual({ email: 'pedro.silveira@contoso.example', displayName: 'Pedro Silveira' });
    expect(input).toHaveValue('Pedro Silveira (pedro.silveira@contoso.example)');
  });

  it('picks with the mouse too', async () => {
    const { picked } = renderPicker();
    await userEvent.click(screen.getByRole('combobox', { name: 'Owner' }));
    await userEvent.keyboard('ana');
    await userEvent.click(await screen.findByRole('option', { name: 'Ana Silva (ana.silva@contoso.example)' }));
    expect(picked[picked.length - 1]).toEqual(people[0]);
  });

  it('accepts a new colleague typed in full: "new.hire@contoso.example" + Enter, no error', async () => {
    const { picked } = renderPicker();
    const input = screen.getByRole('combobox', { name: 'Owner' });
    await userEvent.type(input, 'new.hire@contoso.example{Enter}');
    expect(picked[picked.length - 1]).toEqual({ email: 'new.hire@contoso.example' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(input).toHaveValue('new.hire@contoso.example');
  });

  it('shows the error on the field for "ana.silva@" and keeps what was typed', async () => {
    renderPicker();
    const input = screen.getByRole('combobox', { name: 'Owner' });
    await userEvent.type(input, 'ana.silva@{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('“ana.silva@” is not an e-mail address: pick a person from the list or type a full address');
    expect(input).toHaveValue('ana.silva@');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});
