/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { ThemeProvider, createTheme, setIconOptions } from '@fluentui/react';
import { ControlPlane } from './ControlPlane';
import { seedControlPlane } from './control-plane.fixture';
import { directorySearch } from '../common/directory.fixture';

setIconOptions({ disableWarnings: true });

/** A dark section as SPFx hands it over: background #1f1e1d, text #f3f2f1, grey subtext #c8c6c4. */
const darkSection = createTheme({
  isInverted: true,
  palette: { white: '#1f1e1d', neutralPrimary: '#f3f2f1', neutralSecondary: '#c8c6c4', neutralLight: '#3f3e3d' },
});

async function renderIn(theme: ReturnType<typeof createTheme> | undefined): Promise<HTMLElement> {
  const seeded = await seedControlPlane();
  const view = <ControlPlane env={seeded.env} repositories={seeded.repositories} peopleSearch={directorySearch} />;
  render(theme ? <ThemeProvider theme={theme}>{view}</ThemeProvider> : view);
  return screen.findByTestId('control-plane');
}

const style = (element: Element): CSSStyleDeclaration => window.getComputedStyle(element);

describe('the Control Plane in the section’s theme', () => {
  it('on a dark section paints its KPI cards #1f1e1d (not white), with grey #c8c6c4 subtext (the reported line above them)', async () => {
    await renderIn(darkSection);
    const card = screen.getByRole('article', { name: 'Qualified pipeline' });
    expect(style(card).backgroundColor).toBe('rgb(31, 30, 29)');
    expect(style(screen.getByTestId('kpi-reported-summary')).color).toBe('rgb(200, 198, 196)');
  });

  it('writes "Overdue by 3 days" in the dark theme’s error colour #F1707B, not the light #a4262c', async () => {
    await renderIn(darkSection);
    expect(style(screen.getByText('Overdue by 3 days')).color).toBe('rgb(241, 112, 123)');
  });

  it('keeps the light look without a theme: white cards, overdue in #a4262c', async () => {
    await renderIn(undefined);
    expect(style(screen.getByRole('article', { name: 'Qualified pipeline' })).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(style(screen.getByText('Overdue by 3 days')).color).toBe('rgb(164, 38, 44)');
  });

  it('keeps each status badge’s own fill on a dark section, so "At risk" stays #7a5200 on #fff4ce', async () => {
    await renderIn(darkSection);
    const badge = within(screen.getByRole('article', { name: 'Qualified pipeline' })).getByTestId('kpi-status');
    expect(badge).toHaveTextContent('At risk');
    expect(style(badge).color).toBe('rgb(122, 82, 0)');
    expect(style(badge).backgroundColor).toBe('rgb(255, 244, 206)');
  });
});
