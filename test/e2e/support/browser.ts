/**
 * Chromium for the end-to-end tests: Debian's `chromium` (apt-get install -y chromium) driven by
 * playwright-core, with the flags TOOLCHAIN.md measured and a fresh profile per launch. Never
 * downloads a browser. Set CHROMIUM_PATH to use another binary.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Chromium {
  browser: BrowserContext;
  /** A new page with console errors and page errors collected into `errors`. */
  newPage(): Promise<Page>;
  /** Uncaught page errors and console.error lines seen so far, for assertions. */
  errors: string[];
  close(): Promise<void>;
}

/** Launches headless Chromium with a throwaway profile. Fails loudly when the binary is missing. */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'gtm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const errors: string[] = [];
  return {
    browser: context,
    errors,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser, BrowserContext, Page };

/**
 * Sets a React-controlled `<input type="date">` to `YYYY-MM-DD`. Playwright's `fill()` assigns
 * `input.value` on the element, which React's value tracker sees as no change, so `onChange` never
 * fires and the next render clears the field (seen with Debian's Chromium 150). The native setter
 * of the prototype plus an `input` event is what a user's pick of a date does.
 */
export async function fillDate(input: Locator, day: string): Promise<void> {
  await input.evaluate((element, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (!setter || !(element instanceof HTMLInputElement)) throw new Error('fillDate needs an <input>');
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, day);
  const value = await input.inputValue();
  if (value !== day) throw new Error(`the date input holds "${value}" after setting "${day}"`);
}
