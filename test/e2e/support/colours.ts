/**
 * Colours as Chromium renders them, for the themed-page checks: an element's text colour, the
 * background it sits on (the first opaque one up its ancestors), and the WCAG contrast between them.
 */
import type { Locator } from 'playwright-core';

/** An sRGB colour, 0–255 per channel. */
export type Rgb = readonly [number, number, number];

/** What an element looks like: its computed text colour and the opaque background behind it. */
export interface RenderedColours {
  text: Rgb;
  background: Rgb;
}

/** Reads `color` and the effective background (transparent layers skipped; white if none is set). */
export async function renderedColours(locator: Locator): Promise<RenderedColours> {
  const { text, background } = await locator.evaluate((element) => {
    const parse = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).map(Number);
    let background = [255, 255, 255];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const rgba = parse(getComputedStyle(node).backgroundColor);
      if (rgba.length >= 3 && (rgba[3] ?? 1) > 0.5) {
        background = rgba.slice(0, 3);
        break;
      }
    }
    return { text: parse(getComputedStyle(element).color).slice(0, 3), background };
  });
  return { text: [text[0] ?? 0, text[1] ?? 0, text[2] ?? 0], background: [background[0] ?? 0, background[1] ?? 0, background[2] ?? 0] };
}

/** WCAG relative luminance: 0 for black, 1 for white (#1f1e1d ≈ 0.013, #f3f2f1 ≈ 0.89). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1 to 21: black on white is 21, body text needs 4.5 or more. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
