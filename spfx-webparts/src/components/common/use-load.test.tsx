/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLoad } from './use-load';

function Probe({ loader, id }: { loader: (id: number) => Promise<string>; id: number }): React.ReactElement {
  const { state, value, error, reload } = useLoad(() => loader(id), [id]);
  return (
    <div>
      <output data-testid="state">{state}</output>
      <output data-testid="value">{value ?? ''}</output>
      <output data-testid="error">{error instanceof Error ? error.message : ''}</output>
      <button onClick={reload}>reload</button>
    </div>
  );
}

describe('useLoad', () => {
  it('goes from loading to ready with the value', async () => {
    render(<Probe id={1} loader={async (id) => `risk ${id}`} />);
    expect(screen.getByTestId('state')).toHaveTextContent('loading');
    expect(await screen.findByText('risk 1')).toBeInTheDocument();
    expect(screen.getByTestId('state')).toHaveTextContent('ready');
  });

  it('goes to error with what the loader threw, and reload() runs the loader again', async () => {
    let calls = 0;
    const loader = async (): Promise<string> => {
      calls++;
      if (calls === 1) throw new Error('List missing');
      return 'loaded on call 2';
    };
    render(<Probe id={1} loader={loader} />);
    expect(await screen.findByText('List missing')).toBeInTheDocument();
    expect(screen.getByTestId('state')).toHaveTextContent('error');
    await act(() => userEvent.click(screen.getByRole('button', { name: 'reload' })));
    expect(await screen.findByText('loaded on call 2')).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('ignores an older answer that arrives after a newer one (id 1 resolves last, id 2 stays)', async () => {
    const pending = new Map<number, (v: string) => void>();
    const loader = (id: number) => new Promise<string>((resolve) => pending.set(id, resolve));
    const { rerender } = render(<Probe id={1} loader={loader} />);
    rerender(<Probe id={2} loader={loader} />);
    await act(async () => pending.get(2)?.('answer for 2'));
    expect(screen.getByTestId('value')).toHaveTextContent('answer for 2');
    await act(async () => pending.get(1)?.('answer for 1'));
    expect(screen.getByTestId('value')).toHaveTextContent('answer for 2');
  });
});
