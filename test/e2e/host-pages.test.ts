/**
 * The workbench's index page in Chromium lists the host pages of the three surfaces, and each
 * mount serves its build — but never a file outside it.
 */
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const e2e = useSeededWorkbenchAndChromium();

test('the index page links the web parts, the Teams tab and the Excel playground', async () => {
  const page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/`);
  const links = await page.locator('h2:has-text("Host pages") + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual(['/webparts/', '/teams/', '/excel/']);
  await page.click('text=SharePoint web parts');
  expect(page.url()).toBe(`${e2e.workbench.url}/webparts/`);
  await page.close();
});

test('a mount serves its index without the trailing slash too, and refuses to leave its folder', async () => {
  const bare = await fetch(`${e2e.workbench.url}/teams`, { redirect: 'manual' });
  expect(bare.status).toBe(301);
  expect(bare.headers.get('location')).toBe('/teams/');
  const escape = await fetch(`${e2e.workbench.url}/excel/..%2f..%2fpackage.json`);
  expect(escape.status).toBe(403);
  const missing = await fetch(`${e2e.workbench.url}/webparts/nothing-here.js`);
  expect(missing.status).toBe(404);
});
