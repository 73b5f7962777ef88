/**
 * Every browser page of the suite, checked in Chromium with axe-core against the WCAG 2.1 A and AA
 * rules: the three web parts (with the risk editor, an account panel and the direct-request queue
 * open), the Teams tab in its side panel and on the stage (axe runs inside the tab's iframe), the
 * standalone Teams page and the Excel playground; the web parts and the tab again in the dark and
 * high-contrast themes. A "serious" or "critical" WCAG violation fails the test with the rule, the
 * elements and the help text; milder ones and Deque's best practices (landmarks, heading order)
 * are printed in a summary at the end. Then real flows done with the keyboard alone: filtering the
 * Risk Register from a heat-map cell, and entering a KPI actual on the Control Plane.
 */
import type { Frame } from 'playwright-core';
import type { Page } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const TODAY = '2026-12-07';
const e2e = useSeededWorkbenchAndChromium({ today: TODAY });

/** The WCAG 2.0 and 2.1 success criteria at levels A and AA, as axe tags them: these rules can fail a test. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Deque's best practices (landmarks, heading order, one h1): run and printed, never failing. */
const BEST_PRACTICE = 'best-practice';

/** What axe reports for one rule (the part of axe's result this file reads). */
interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  tags: string[];
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/**
 * Findings we cannot fix from our code, per rule and element (matched on the element's opening
 * tag as axe quotes it). Each says why it is Fluent's own markup or a false positive.
 */
const KNOWN_EXCEPTIONS: readonly { rule: string; element: RegExp; why: string }[] = [
  {
    rule: 'aria-conditional-attr',
    element: /^<div class="ms-GroupHeader[^"]*"[^>]* role="row"/,
    why:
      'Fluent 8 GroupHeader (the MQA stage headers of a grouped DetailsList) hard-codes aria-expanded on its role="row" ' +
      'in a role="grid"; ARIA 1.2 allows it only in a treegrid. DetailsList role="treegrid" makes every data row ' +
      'role="presentation" (518 worse findings), and the expand button inside the header carries aria-expanded too, ' +
      'so screen readers still hear the state.',
  },
  {
    rule: 'empty-table-header',
    element: /^<div [^>]*class="ms-DetailsHeader-cell cellIsGroupExpander/,
    why: 'Fluent 8 DetailsHeader draws an empty column header above the group expand buttons of a grouped list; no prop names it.',
  },
];

/**
 * Injects axe into `frame` and runs the WCAG 2.1 A/AA rules on its document: the violations, less
 * the known exceptions, which are named apart ("rule ×count") so the summary still shows them.
 */
async function runAxe(frame: Page | Frame): Promise<{ violations: AxeViolation[]; excepted: string[] }> {
  await frame.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await frame.evaluate(async (tags) => {
    // Fluent fades rows and panels in, and its list mounts more rows after the first paint:
    // measured mid-fade, text is paler than anyone sees it. Wait until no finite animation runs
    // (a spinner's infinite one never ends) twice in a row, 100 ms apart.
    const fading = () => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
    for (let calm = 0, rounds = 0; calm < 2 && rounds < 50; rounds++) {
      const running = fading();
      calm = running.length === 0 ? calm + 1 : 0;
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return JSON.parse(JSON.stringify(result.violations)) as unknown;
  }, [...WCAG_21_AA, BEST_PRACTICE]);
  const all = violations as AxeViolation[];
  const excepted = (v: AxeViolation, n: AxeViolation['nodes'][number]) => KNOWN_EXCEPTIONS.some((x) => x.rule === v.id && x.element.test(n.html));
  return {
    violations: all.map((v) => ({ ...v, nodes: v.nodes.filter((n) => !excepted(v, n)) })).filter((v) => v.nodes.length > 0),
    excepted: all.flatMap((v) => (v.nodes.some((n) => excepted(v, n)) ? [`${v.id} ×${v.nodes.filter((n) => excepted(v, n)).length}`] : [])),
  };
}

/** Enough elements to see the pattern; a list of 100 rows repeats one finding 100 times. */
const MAX_ELEMENTS_SHOWN = 4;

/** One line per element: what axe says is wrong with it, and where to read how to fix it. */
function explain(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) =>
      [`${v.id} (${v.impact ?? 'no impact'}, ${v.nodes.length} ${v.nodes.length === 1 ? 'element' : 'elements'}): ${v.help} — ${v.helpUrl}`]
        .concat(v.nodes.slice(0, MAX_ELEMENTS_SHOWN).map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`))
        .concat(v.nodes.length > MAX_ELEMENTS_SHOWN ? [`    … and ${v.nodes.length - MAX_ELEMENTS_SHOWN} more like these`] : [])
        .join('\n'),
    )
    .join('\n');
}

/** Per page state, "rule ×count" of every violation seen, printed once at the end of the file. */
const summary: string[] = [];

afterAll(() => {
  process.stdout.write(`axe violations per page state (WCAG 2.1 A/AA, and best practices that never fail):\n  ${summary.join('\n  ')}\n`);
});

/**
 * Runs axe in `frame` and records the summary line. Returns the serious and critical findings,
 * explained (none: an empty list), so a test checks every state of its page before it fails.
 */
async function seriousViolations(state: string, frame: Page | Frame): Promise<string[]> {
  const { violations, excepted } = await runAxe(frame);
  const isWcag = (v: AxeViolation) => v.tags.some((tag) => WCAG_21_AA.includes(tag));
  const found =
    violations.length === 0 ? 'none' : violations.map((v) => `${v.id} (${v.impact}${isWcag(v) ? '' : ', best practice'}) ×${v.nodes.length}`).join(', ');
  summary.push(`${state}: ${found}${excepted.length > 0 ? ` (known exceptions: ${excepted.join(', ')})` : ''}`);
  const serious = violations.filter((v) => isWcag(v) && (v.impact === 'serious' || v.impact === 'critical'));
  return serious.length === 0 ? [] : [`${state}: ${serious.length} serious or critical axe violations:\n${explain(serious)}`];
}

/** Fails with every state's findings at once; passes when there are none. */
function expectNone(findings: readonly string[]): void {
  if (findings.length > 0) throw new Error(findings.join('\n\n'));
}

/** A new page that answers Fluent's unreachable web-font requests empty, so it renders offline. */
async function newPage(): Promise<Page> {
  const page = await e2e.chromium.newPage();
  await page.route('https://res-1.cdn.office.net/**', (route) => route.fulfill({ status: 200, contentType: 'font/woff2', body: '' }));
  return page;
}

async function open(path: string, ready: string): Promise<Page> {
  const page = await newPage();
  await page.goto(`${e2e.workbench.url}${path}`);
  await page.locator(ready).first().waitFor({ timeout: 20_000 });
  return page;
}

/** The Teams tab's own document inside the host page's iframe, once it has rendered `ready`. */
async function tabFrame(page: Page, ready: string): Promise<Frame> {
  await page.frameLocator('iframe').locator(ready).first().waitFor({ timeout: 20_000 });
  const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('The Teams host page has no tab iframe');
  return frame;
}

describe('no serious or critical WCAG 2.1 A/AA violation (axe-core)', () => {
  test('Control Plane', async () => {
    const page = await open('/webparts/control-plane.html', '[data-testid="kpi-card"]');
    expectNone(await seriousViolations('Control Plane', page));
    await page.close();
  });

  test('Risk Register, then with the "New risk" editor open', async () => {
    const page = await open('/webparts/risk-register.html', '[data-testid="risk-title"]');
    const found = await seriousViolations('Risk Register', page);
    await page.getByRole('button', { name: 'New risk' }).click();
    await page.getByRole('textbox', { name: 'Title' }).waitFor();
    found.push(...(await seriousViolations('Risk Register, New risk panel', page)));
    expectNone(found);
    await page.close();
  });

  test('MQA file, then with an account panel open, then on the "Direct requests" pivot', async () => {
    const page = await open('/webparts/mqa-file.html', '[data-testid="account-link"]');
    const found = await seriousViolations('MQA file', page);
    await page.getByTestId('account-link').first().click();
    await page.getByTestId('account-panel').waitFor();
    found.push(...(await seriousViolations('MQA file, account panel', page)));
    await page.keyboard.press('Escape');
    await page.getByTestId('account-panel').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Direct requests' }).click();
    await page.getByTestId('request-link').first().waitFor();
    found.push(...(await seriousViolations('MQA file, Direct requests', page)));
    expectNone(found);
    await page.close();
  });

  test('Teams tab in the meeting side panel (inside the iframe)', async () => {
    const page = await open(`/teams/host.html?frame=sidePanel&today=${TODAY}`, 'iframe');
    expectNone(await seriousViolations('Teams side panel', await tabFrame(page, '[data-testid="current-section"]')));
    await page.close();
  });

  test('Teams tab on the meeting stage (inside the iframe)', async () => {
    const page = await open(`/teams/host.html?frame=meetingStage&today=${TODAY}`, 'iframe');
    expectNone(await seriousViolations('Teams meeting stage', await tabFrame(page, '[data-testid="kpi-table"]')));
    await page.close();
  });

  test('Teams page standalone', async () => {
    const page = await open(`/teams/index.html?today=${TODAY}`, '[data-testid="kpi-table"] tbody tr');
    expectNone(await seriousViolations('Teams standalone', page));
    await page.close();
  });

  test.each(['dark', 'contrast'])('the web parts and the Teams tab in the %s theme', async (theme) => {
    const found: string[] = [];
    {
      for (const [name, path, ready] of [
        ['Control Plane', '/webparts/control-plane.html', '[data-testid="kpi-card"]'],
        ['Risk Register', '/webparts/risk-register.html', '[data-testid="risk-title"]'],
        ['MQA file', '/webparts/mqa-file.html', '[data-testid="account-link"]'],
      ] as const) {
        const page = await open(`${path}?theme=${theme}`, ready);
        found.push(...(await seriousViolations(`${name}, ${theme} theme`, page)));
        await page.close();
      }
      for (const frame of ['sidePanel', 'meetingStage']) {
        const page = await open(`/teams/host.html?frame=${frame}&theme=${theme}&today=${TODAY}`, 'iframe');
        found.push(...(await seriousViolations(`Teams ${frame}, ${theme} theme`, await tabFrame(page, '[data-testid="kpi-table"]'))));
        await page.close();
      }
    }
    expectNone(found);
  });

  test('Excel functions playground', async () => {
    const page = await open('/excel/playground.html', 'body[data-ready="true"]');
    expectNone(await seriousViolations('Excel playground', page));
    await page.close();
  });
});

/** What has the keyboard focus: its test id, accessible-name attribute, data-count and tag. */
async function focused(page: Page): Promise<{ testId: string; label: string; count: number; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      testId: el?.getAttribute('data-testid') ?? '',
      label: el?.getAttribute('aria-label') ?? '',
      count: Number(el?.getAttribute('data-count') ?? NaN),
      tag: el?.tagName.toLowerCase() ?? '',
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element; fails after `limit` presses. */
async function tabUntil(page: Page, what: string, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${what}: it is not in the tab order.`);
}

describe('real flows without a mouse', () => {
  test('Risk Register: Tab to the heat map, arrows to a cell, Enter filters the list to its risks, Enter again shows them all', async () => {
    const page = await open('/webparts/risk-register.html', '[data-testid="risk-title"]');
    const counts = page.getByTestId('risk-count');
    // "Showing 26 of 30 risks": the default filter leaves the closed ones out.
    const [, shown, all] = (/^Showing (\d+) of (\d+) risks$/.exec((await counts.textContent()) ?? '') ?? []).map(Number);
    expect(shown).toBeGreaterThan(0);

    // The heat map is one tab stop (a grid): Tab to it, then the arrows to the first cell holding
    // some of the risks shown but not all, so the filter visibly changes the count.
    await tabUntil(page, 'the heat map', (f) => f.testId.startsWith('heat-cell-'));
    for (let moves = 0; moves < 30; moves++) {
      const f = await focused(page);
      if (f.count > 0 && f.count < (shown ?? 0)) break;
      await page.keyboard.press(f.testId.endsWith('-5') ? 'ArrowDown' : 'ArrowRight');
      if (f.testId.endsWith('-5')) await page.keyboard.press('Home');
    }
    const cell = await focused(page);
    expect(cell.label).toMatch(new RegExp(`^Likelihood \\d, Impact \\d: ${cell.count} risks?$`));

    await page.keyboard.press('Enter');
    await counts.filter({ hasText: `Showing ${cell.count} of ${all} risks` }).waitFor();
    expect(await page.getByTestId('risk-title').count()).toBe(cell.count);
    expect(await page.getByTestId(cell.testId).getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('Enter');
    await counts.filter({ hasText: `Showing ${shown} of ${all} risks` }).waitFor();
    expect(await page.getByTestId(cell.testId).getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  test('Control Plane: Tab to a KPI\'s actual button, Enter opens the field focused, type 17 and Enter saves it', async () => {
    const page = await open('/webparts/control-plane.html', '[data-testid="kpi-card"]');
    // On the demo tenant's 7 Dec 2026 every KPI has its 30 Nov actual, so the buttons say "Correct actual".
    const card = await tabToActualButton(page);

    await page.keyboard.press('Enter');
    // The field takes the focus itself, holding the saved value: select it all and type over it.
    await card.getByLabel(/^Actual for the review of/).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'input' });
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('17');
    await page.keyboard.press('Enter');

    // Saved: the editor closes and the card shows 17 in the KPI's unit (the first card, MQA acceptance rate, is a percentage).
    await card.getByLabel(/^Actual for the review of/).waitFor({ state: 'detached' });
    expect(await card.getByTestId('kpi-actual').textContent()).toBe('17%');
    expect(await card.getByRole('button', { name: /^Correct actual of / }).count()).toBe(1);
    await page.close();
  });

  test('Control Plane: Escape in an edited actual field asks first; Tab to Discard and Enter close it and keep the saved value', async () => {
    const page = await open('/webparts/control-plane.html', '[data-testid="kpi-card"]');
    const card = await tabToActualButton(page);
    const before = await card.getByTestId('kpi-actual').allTextContents();

    await page.keyboard.press('Enter');
    await card.getByLabel(/^Actual for the review of/).waitFor();
    await page.keyboard.type('99');
    await page.keyboard.press('Escape');

    // Typed work is not thrown away on one key: "Keep editing" has the focus, Discard is one Tab on.
    await page.getByText('Discard your changes?', { exact: true }).waitFor();
    // Fluent's Dialog moves focus into itself a frame after it draws: wait for it (10 s at most), then check where it went.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Keep editing', undefined, { timeout: 10_000 }).catch(() => undefined);
    expect(await focused(page)).toMatchObject({ tag: 'button' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep editing');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await card.getByLabel(/^Actual for the review of/).waitFor({ state: 'detached' });
    expect(await card.getByTestId('kpi-actual').allTextContents()).toEqual(before);
    await page.close();
  });
});

/** Tabs to the first KPI card's "Enter actual" or "Correct actual" button; returns that card. */
async function tabToActualButton(page: Page): Promise<ReturnType<Page['getByRole']>> {
  const actualButton = /^(?:Enter|Correct) actual of (.+) for the review of /;
  await tabUntil(page, 'a KPI\'s "Enter actual" or "Correct actual" button', (f) => actualButton.test(f.label));
  const kpiTitle = actualButton.exec((await focused(page)).label)?.[1] ?? '';
  return page.getByRole('article', { name: kpiTitle, exact: true });
}
