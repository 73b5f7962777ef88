/**
 * Live Share in Chromium: two attendees of the same meeting on two devices — two independent
 * browsers (each its own profile, so its own localStorage: nothing reaches the other through
 * `storage` events) — against a seeded workbench that runs its local Fluid service (tinylicious on
 * 127.0.0.1). The fake Teams host answers Live Share's `interactive.*` calls from the workbench's
 * per-meeting registry (the container id, each client's roles from `?role=`), and the tab joins
 * with Live Share's TestLiveShareHost over that local connection (src/live-share/join-live-meeting.ts).
 *
 * The organizer moves the agenda and the attendee's side panel follows within a second, its section
 * timers too (the same shared start and banked time); a decision
 * the attendee captures (written to SharePoint first) shows on the organizer's within a second,
 * and the other way round; the attendee can neither move the agenda nor end the review, but can
 * propose a deep dive; a reload restores the captures from SharePoint and the position from the
 * meeting. The 10 s re-read of the Review item cannot make the 1 s bounds: they need Live Share.
 */
import type { Page } from './support/browser';
import { launchChromium, type Chromium } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(120_000);

const TODAY = '2026-12-07';
const env = useSeededWorkbenchAndChromium({ today: TODAY, liveShare: true });
/** The second device: a browser of its own. */
let other: Chromium | undefined;
beforeAll(async () => {
  other = await launchChromium();
});
afterAll(async () => {
  await other?.close();
});

type Role = 'organizer' | 'attendee';

async function openPanel(browser: Chromium, role: Role, frame: 'sidePanel' | 'meetingStage' = 'sidePanel'): Promise<{ page: Page; tab: ReturnType<Page['frameLocator']> }> {
  const page = await browser.newPage();
  await page.goto(`${env.workbench.url}/teams/host.html?frame=${frame}&role=${role}&today=${TODAY}`);
  const tab = page.frameLocator('iframe');
  await tab.locator('[data-testid="current-section"]').waitFor({ timeout: 30_000 });
  // Joined the meeting's live session (the notice says who moves the agenda).
  await tab.locator('[data-testid="live-notice"]', { hasText: 'Live with everyone in the meeting' }).waitFor({ timeout: 30_000 });
  return { page, tab };
}

const FOLLOW_MS = 1_000;

test('two attendees on two devices: the organizer moves the agenda for both, captures show on the other within a second, the attendee only follows', async () => {
  const organizer = await openPanel(env.chromium, 'organizer');
  const attendee = await openPanel(other as Chromium, 'attendee');
  expect(await organizer.tab.locator('[data-testid="live-notice"]').textContent()).toContain('you are the organizer');
  expect(await attendee.tab.locator('[data-testid="live-notice"]').textContent()).toContain('you are an attendee');
  // Presence: both devices are the signed-in Marketing Director's (the workbench signs every page in as her).
  await organizer.tab.locator('[data-testid="live-people"]', { hasText: 'In the meeting now (1): Elena Ricci (2 devices)' }).waitFor({ timeout: 5_000 });

  // The attendee follows: no agenda moves, no End review, and says why.
  expect(await attendee.tab.getByRole('button', { name: 'Next section' }).isDisabled()).toBe(true);
  expect(await attendee.tab.locator('[data-testid="agenda-sections"] button').first().isDisabled()).toBe(true);
  expect(await attendee.tab.locator('[data-testid="agenda-follows"]').textContent()).toContain('the organizer or a presenter moves the agenda');
  expect(await attendee.tab.getByRole('button', { name: 'End review…' }).isDisabled()).toBe(true);
  expect(await attendee.tab.locator('[data-testid="end-review-reason"]').textContent()).toBe('Only the organizer or a presenter can end the review.');
  expect(await organizer.tab.getByRole('button', { name: 'End review…' }).isEnabled()).toBe(true);

  // The organizer moves on: the attendee's side panel follows within a second.
  expect(await attendee.tab.locator('[data-testid="current-section"]').textContent()).toBe('1. KPI review');
  await organizer.tab.getByRole('button', { name: 'Next section' }).click();
  await organizer.tab.locator('[data-testid="current-section"]', { hasText: '2. Risks' }).waitFor({ timeout: 5_000 });
  await attendee.tab.locator('[data-testid="current-section"]', { hasText: '2. Risks' }).waitFor({ timeout: FOLLOW_MS });
  expect(await attendee.tab.locator('[aria-current="step"]').textContent()).toMatch(/^2\. Risks/);
  // The section timers agree: both devices run the section's clock from the same shared start and banked time.
  const clock = async (tab: typeof organizer.tab): Promise<[string | null, string | null]> => {
    const el = tab.locator('[data-testid="section-clock"]');
    return [await el.getAttribute('data-opened-at'), await el.getAttribute('data-spent-before-ms')];
  };
  const organizerClock = await clock(organizer.tab);
  expect(Number(organizerClock[0])).toBeGreaterThan(0);
  expect(await clock(attendee.tab)).toEqual(organizerClock);
  expect(await attendee.tab.locator('[data-testid="agenda-sections"]').textContent()).toBe(await organizer.tab.locator('[data-testid="agenda-sections"]').textContent());

  // The attendee captures a decision: once it is in SharePoint, the organizer's panel shows it within a second.
  await attendee.tab.getByRole('textbox', { name: 'Decision' }).fill('Escalate the partner-sourced pipeline risk to the CRO');
  await attendee.tab.getByRole('button', { name: 'Record decision' }).click();
  await attendee.tab.locator('text=Saving').waitFor({ state: 'detached', timeout: 10_000 });
  await organizer.tab.locator('[data-testid="captured"] li', { hasText: 'Escalate the partner-sourced pipeline risk to the CRO' }).waitFor({ timeout: FOLLOW_MS });

  // And the other way round.
  await organizer.tab.getByRole('textbox', { name: 'Decision' }).fill('Review the risk owners in the next cycle');
  await organizer.tab.getByRole('button', { name: 'Record decision' }).click();
  await organizer.tab.locator('text=Saving').waitFor({ state: 'detached', timeout: 10_000 });
  await attendee.tab.locator('[data-testid="captured"] li', { hasText: 'Review the risk owners in the next cycle' }).waitFor({ timeout: FOLLOW_MS });

  // Everyone may propose a deep dive: the attendee's shows on the organizer's agenda.
  await attendee.tab.getByRole('textbox', { name: 'Deep-dive topic' }).fill('Partner-sourced pipeline quality');
  await attendee.tab.getByRole('button', { name: 'Add topic' }).click();
  await attendee.tab.locator('text=Saving').waitFor({ state: 'detached', timeout: 10_000 });
  await organizer.tab.locator('[data-testid="agenda-sections"] li', { hasText: '5. Deep dives' }).filter({ hasText: '1 topic' }).waitFor({ timeout: FOLLOW_MS });

  // A reload restores from SharePoint (the captures) and from the meeting (the section).
  await attendee.page.reload();
  const reopened = attendee.page.frameLocator('iframe');
  await reopened.locator('[data-testid="live-notice"]', { hasText: 'Live with everyone in the meeting' }).waitFor({ timeout: 30_000 });
  await reopened.locator('text=Restored from SharePoint what was captured earlier in this review.').waitFor({ timeout: 10_000 });
  await reopened.locator('[data-testid="current-section"]', { hasText: '2. Risks' }).waitFor({ timeout: 5_000 });
  expect(await reopened.locator('[data-testid="captured"]').textContent()).toContain('Review the risk owners in the next cycle');

  // The organizer moves on again: the reloaded attendee follows too.
  await organizer.tab.getByRole('button', { name: 'Next section' }).click();
  await reopened.locator('[data-testid="current-section"]', { hasText: '3. MQA sync' }).waitFor({ timeout: FOLLOW_MS + 1_000 });

  const unexpected = (errors: string[]): string[] => errors.filter((e) => !/valid origins|Failed to fetch|ERR_/i.test(e));
  expect(unexpected(env.chromium.errors)).toEqual([]);
  expect(unexpected((other as Chromium).errors)).toEqual([]);
  await organizer.page.close();
  await attendee.page.close();
});
