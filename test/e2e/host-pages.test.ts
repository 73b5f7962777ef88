/**
 * The workbench's index page in Chromium lists the host pages of the three surfaces, and each
 * mount serves its build — but never a file outside it.
 */
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const e2e = useSeededWorkbenchAndChromium();

test('the index page links the web parts, the Teams tab and the Excel playground, and every page inside them', async () => {
  const page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/`);
  const mounts = await page.locator('h2:has-text("Host pages") + ul > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(mounts).toEqual(['/webparts/', '/teams/', '/excel/']);
  const links = await page.locator('h2:has-text("Host pages") + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  // The fake Teams host in each of its frames, which only its URL used to find.
  expect(links).toEqual(
    expect.arrayContaining(['/teams/host.html', '/teams/host.html?frame=sidePanel', '/teams/host.html?frame=meetingStage', '/teams/host.html?page=config']),
  );
  expect(links).toEqual(expect.arrayContaining(['/webparts/risk-register.html', '/excel/playground.html', '/excel/taskpane-workbench.html']));
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

test('the index and the Excel pages are set in Fluent\'s font and colours, not the browser\'s serif default', async () => {
  const page = await e2e.chromium.newPage();
  for (const path of ['/', '/excel/', '/excel/playground.html']) {
    await page.goto(`${e2e.workbench.url}${path}`);
    const look = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const link = document.querySelector('a');
      return { font: body.fontFamily, size: body.fontSize, colour: body.color, link: link ? getComputedStyle(link).color : 'rgb(0, 120, 212)' };
    });
    expect({ path, ...look }).toEqual({ path, font: expect.stringMatching(/^"Segoe UI"/), size: '14px', colour: 'rgb(50, 49, 48)', link: 'rgb(0, 120, 212)' });
  }
  await page.close();
});
