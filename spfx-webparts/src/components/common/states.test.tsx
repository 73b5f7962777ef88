/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { LoadingState } from './LoadingState';
import { EmptyState } from './EmptyState';

describe('LoadingState and EmptyState', () => {
  it('the loading state says what is loading', () => {
    render(<LoadingState label="Loading risks…" />);
    expect(screen.getByText('Loading risks…')).toBeInTheDocument();
  });

  it('the empty state shows its title as a heading and the next step under it', () => {
    render(
      <EmptyState title="No risks yet">
        <button>New risk</button>
      </EmptyState>,
    );
    expect(screen.getByRole('heading', { name: 'No risks yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New risk' })).toBeInTheDocument();
  });
});
