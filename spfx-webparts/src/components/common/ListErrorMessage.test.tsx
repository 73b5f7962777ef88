/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { ListStoreError, ThrottledError } from '@gtm/shared';
import { ListErrorMessage } from './ListErrorMessage';
import type { WebPartEnvironment } from './environment';

setIconOptions({ disableWarnings: true });

const missing = new ListStoreError('Risk Register: List \'Risk Register\' does not exist at site with URL \'https://contoso.sharepoint.com/sites/gtm\'.', 404);

function env(overrides: Partial<WebPartEnvironment> = {}): WebPartEnvironment {
  return {
    now: () => new Date('2026-11-22T09:00:00Z'),
    currentUser: { email: 'alex.morgan@contoso.example', displayName: 'Alex Morgan' },
    locale: 'en-US',
    canManageLists: false,
    ...overrides,
  };
}

describe('ListErrorMessage', () => {
  it('offers a site owner "Create the GTM lists", which provisions once and then retries once', async () => {
    let provisioned = 0;
    let retried = 0;
    const owner = env({ canManageLists: true, provisionLists: async () => void provisioned++ });
    render(<ListErrorMessage error={missing} env={owner} onRetry={() => retried++} />);
    expect(screen.getByText(/does not exist at site/)).toBeInTheDocument();
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Create the GTM lists' })));
    await waitFor(() => expect(retried).toBe(1));
    expect(provisioned).toBe(1);
  });

  it('tells a member to ask a site owner, with no create button', () => {
    render(<ListErrorMessage error={missing} env={env({ canManageLists: false, provisionLists: async () => {} })} onRetry={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Create the GTM lists' })).not.toBeInTheDocument();
    expect(screen.getByText(/Ask a site owner/)).toBeInTheDocument();
  });

  it('shows why provisioning failed and keeps the button for another try', async () => {
    const owner = env({ canManageLists: true, provisionLists: async () => Promise.reject(new Error('Access denied')) });
    render(<ListErrorMessage error={missing} env={owner} onRetry={() => {}} />);
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Create the GTM lists' })));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not create the lists: Access denied');
    expect(screen.getByRole('button', { name: 'Create the GTM lists' })).toBeEnabled();
  });

  it('says a 403 means no permission and how to get it', () => {
    render(<ListErrorMessage error={new ListStoreError('Access denied.', 403)} env={env()} onRetry={() => {}} />);
    expect(screen.getByText(/do not have permission/)).toBeInTheDocument();
  });

  it('says SharePoint is busy and retries by itself after the 30 s it asked for', () => {
    jest.useFakeTimers();
    try {
      let retried = 0;
      render(<ListErrorMessage error={new ThrottledError('Reading Risk Register', 429, 30)} env={env()} onRetry={() => retried++} />);
      expect(screen.getByText(/SharePoint is busy, retrying… \(in 30 s\)/)).toBeInTheDocument();
      act(() => void jest.advanceTimersByTime(29_000));
      expect(retried).toBe(0);
      act(() => void jest.advanceTimersByTime(1_000));
      expect(retried).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('shows any other error message with a Retry button', async () => {
    let retried = 0;
    render(<ListErrorMessage error={new Error('Network request failed')} env={env()} onRetry={() => retried++} />);
    expect(screen.getByText('Network request failed')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retried).toBe(1);
  });

  it('renders server text with markup as characters', () => {
    const xss = '<img src=x onerror=alert(1)>';
    render(<ListErrorMessage error={new Error(xss)} env={env()} onRetry={() => {}} />);
    expect(screen.getByText(xss)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
