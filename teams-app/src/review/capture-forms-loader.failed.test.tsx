/** @jest-environment jsdom */
/** The capture forms' chunk failing to download (offline, a redeployed tab): the form says so. */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { DeepDiveForm, loadCaptureForms } from './capture-forms-loader';

let mockDownloads = 0;
jest.mock('./CaptureForms', () => {
  mockDownloads += 1;
  throw new Error('Failed to fetch dynamically imported module');
});

it('says the form could not be loaded, and asks for the chunk again on the next load', async () => {
  render(<DeepDiveForm onAdd={() => undefined} />);
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The form could not be loaded (Failed to fetch dynamically imported module). Reload the tab; nothing captured is lost.',
  );
  expect(mockDownloads).toBe(1);
  await expect(loadCaptureForms()).rejects.toThrow('Failed to fetch dynamically imported module');
  expect(mockDownloads).toBe(2);
});
