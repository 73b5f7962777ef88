/**
 * Every colour that carries meaning in the review is readable in each Teams theme: at least 4.5:1
 * (WCAG AA for text) against the theme's background. The light theme's colours are 2.27 to 3.07:1
 * on the dark background (off track #a4262c on #1f1f1f is 2.27:1), which is why each theme has its own.
 */
import { contrastRatio, type Rgb } from '../e2e/support/colours';
import { REVIEW_COLOURS } from '../../teams-app/src/review/status-styles';

const rgb = (hex: string): Rgb => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
const ratio = (text: string, background: string): number => Math.round(contrastRatio(rgb(text), rgb(background)) * 100) / 100;

describe('status colours in the three Teams themes', () => {
  for (const [theme, colours] of Object.entries(REVIEW_COLOURS)) {
    const texts = { ...colours.kpiStatus, ...colours.riskRating, overdue: colours.overdue, 'over time': colours.overTime };
    it(`${theme}: every status, rating and overdue colour has 4.5:1 or more on ${colours.background}`, () => {
      const weak = Object.entries(texts).filter(([, c]) => ratio(c, colours.background) < 4.5).map(([name, c]) => `${name} ${c} ${ratio(c, colours.background)}:1`);
      expect(weak).toEqual([]);
    });
  }

  it('the figures a reader can check: off track is 7.26:1 on white (light), 5.76:1 on #1f1f1f (dark), 21:1 white on black (contrast)', () => {
    expect(ratio(REVIEW_COLOURS.default.kpiStatus['off-track'], '#ffffff')).toBe(7.26);
    expect(ratio(REVIEW_COLOURS.dark.kpiStatus['off-track'], '#1f1f1f')).toBe(5.76);
    expect(ratio(REVIEW_COLOURS.contrast.kpiStatus['off-track'], '#000000')).toBe(21);
  });

  it('high contrast leaves the words to say the status: one text colour for all of them', () => {
    expect(new Set([...Object.values(REVIEW_COLOURS.contrast.kpiStatus), ...Object.values(REVIEW_COLOURS.contrast.riskRating)])).toEqual(new Set(['#ffffff']));
  });
});
