import { createTheme } from '@fluentui/react';
import { CONTRAST_PAGE_THEME, DARK_PAGE_THEME, pageTheme } from './page-theme';

describe('the workbench page theme (?theme=)', () => {
  it('is the dark theme for ?theme=dark, whatever its case', () => {
    expect(pageTheme('?theme=dark')).toBe(DARK_PAGE_THEME);
    expect(pageTheme('?role=member&theme=Dark')).toBe(DARK_PAGE_THEME);
  });

  it('is the high-contrast theme for ?theme=contrast', () => {
    expect(pageTheme('?theme=contrast')).toBe(CONTRAST_PAGE_THEME);
  });

  it('is Fluent’s default (undefined) with no ?theme=, ?theme=light or a name it does not know', () => {
    expect(pageTheme('')).toBeUndefined();
    expect(pageTheme('?theme=light')).toBeUndefined();
    expect(pageTheme('?theme=purple')).toBeUndefined();
  });

  it('gives a dark section its colours: background #1f1e1d, text #f3f2f1, errors #F1707B', () => {
    const { semanticColors } = createTheme(DARK_PAGE_THEME);
    expect(semanticColors.bodyBackground).toBe('#1f1e1d');
    expect(semanticColors.bodyText).toBe('#f3f2f1');
    expect(semanticColors.errorText).toBe('#F1707B');
  });

  it('gives high contrast white text on black', () => {
    const { semanticColors } = createTheme(CONTRAST_PAGE_THEME);
    expect([semanticColors.bodyText, semanticColors.bodyBackground]).toEqual(['#ffffff', '#000000']);
  });
});
