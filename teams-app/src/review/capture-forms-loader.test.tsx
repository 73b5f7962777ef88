/** @jest-environment jsdom */
/**
 * The capture forms as a chunk of their own (the stage draws none): a form draws nothing until the
 * chunk is in, then the same form; once loaded, every form draws at once (a failed download:
 * capture-forms-loader.failed.test.tsx).
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DecisionForm, loadCaptureForms } from './capture-forms-loader';

setIconOptions({ disableWarnings: true });
const ITEM = { key: 'kpi:1', title: 'Qualified pipeline' };

it('draws nothing until the forms are loaded, then the decision form; once loaded, the next form draws at once', async () => {
  const first = render(<DecisionForm item={ITEM} newId={() => 'c1'} onRecord={() => undefined} />);
  expect(first.container).toBeEmptyDOMElement();
  expect(await screen.findByRole('textbox', { name: 'Decision' })).toBeInTheDocument();
  first.unmount();
  await loadCaptureForms();
  render(<DecisionForm item={ITEM} newId={() => 'c1'} onRecord={() => undefined} />);
  expect(screen.getByRole('textbox', { name: 'Decision' })).toBeInTheDocument();
});
