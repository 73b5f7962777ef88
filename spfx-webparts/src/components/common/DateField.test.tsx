/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { DateField } from './DateField';

setIconOptions({ disableWarnings: true });

function Harness({ locale, initial = '' }: { locale: string; initial?: string }): React.ReactElement {
  const [value, setValue] = React.useState(initial);
  return (
    <>
      <DateField label="Due date" value={value} onChange={setValue} locale={locale} />
      <output data-testid="iso">{value}</output>
      <button>Elsewhere</button>
    </>
  );
}

describe('DateField', () => {
  it('reads 30.11.2026 typed in de-DE as 2026-11-30 and shows it back as 30.11.2026', async () => {
    const user = userEvent.setup();
    render(<Harness locale="de-DE" />);
    await user.type(screen.getByRole('combobox', { name: 'Due date' }), '30.11.2026');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.getByTestId('iso')).toHaveTextContent('2026-11-30');
    expect(screen.getByRole('combobox', { name: 'Due date' })).toHaveValue('30.11.2026');
  });

  it('shows a saved 2026-11-30 as 11/30/2026 in en-US, and refuses 30/11/2026 saying what to type', async () => {
    const user = userEvent.setup();
    render(<Harness locale="en-US" initial="2026-11-30" />);
    const field = screen.getByRole('combobox', { name: 'Due date' });
    expect(field).toHaveValue('11/30/2026');
    await user.tripleClick(field);
    await user.keyboard('30/11/2026');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.getByText('“30/11/2026” is not a date: type it as MM/DD/YYYY, e.g. 11/22/2026.')).toBeInTheDocument();
    expect(screen.getByTestId('iso')).toHaveTextContent('2026-11-30');
  });
});
