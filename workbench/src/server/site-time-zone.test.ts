import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as runStart } from '../start/main';
import { parseArgs } from './main';
import { createWorkbenchServer } from './server';
import { SiteTimeZoneError, siteTimeZoneFor } from './site-time-zone';

jest.setTimeout(30_000);

describe('picking the site time zone', () => {
  it('maps an IANA name to its SharePoint zone: Pacific/Auckland is 17, America/Los_Angeles 13, UTC 93', () => {
    expect(siteTimeZoneFor('Pacific/Auckland', '--time-zone').id).toBe(17);
    expect(siteTimeZoneFor('America/Los_Angeles', '--time-zone').id).toBe(13);
    expect(siteTimeZoneFor('UTC', '--time-zone').id).toBe(93);
  });

  it('refuses a name no tz database knows, saying where it came from and how to pick one', () => {
    expect(() => siteTimeZoneFor('Pacific/Aukland', '--time-zone')).toThrow(SiteTimeZoneError);
    expect(() => siteTimeZoneFor('Pacific/Aukland', '--time-zone')).toThrow(
      /Unknown time zone 'Pacific\/Aukland' \(--time-zone\): give an IANA time zone name, e\.g\. UTC, Europe\/London/,
    );
  });

  it('refuses a real zone SharePoint has no id for (Chatham keeps UTC+12:45), listing the zones it has', () => {
    expect(() => siteTimeZoneFor('Pacific/Chatham', 'GTM_TIME_ZONE')).toThrow(
      /SharePoint has no site time zone that keeps the clock of 'Pacific\/Chatham' \(GTM_TIME_ZONE\)\. Pick one of SharePoint's zones: .*Pacific\/Auckland/,
    );
  });

  it('checks --time-zone and GTM_TIME_ZONE while parsing the command line', () => {
    expect(parseArgs(['--time-zone', 'Pacific/Auckland'], {}).timeZone).toBe('Pacific/Auckland');
    expect(() => parseArgs(['--time-zone', 'Mars/Olympus'], {})).toThrow(/Unknown time zone 'Mars\/Olympus' \(--time-zone\)/);
    expect(() => parseArgs([], { GTM_TIME_ZONE: 'Mars/Olympus' })).toThrow(/\(GTM_TIME_ZONE\)/);
  });

  it('makes npm start exit 1 with the message (no usage, no stack) for an unknown zone', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const before = process.exitCode;
    try {
      await runStart(['--time-zone', 'Mars/Olympus']);
      expect(process.exitCode).toBe(1);
      expect(written.join('')).toMatch(/^gtm start: Unknown time zone 'Mars\/Olympus' \(--time-zone\)/);
      expect(written.join('')).not.toMatch(/Usage:|at .*\.ts:\d+/);
    } finally {
      spy.mockRestore();
      process.exitCode = before;
    }
  });
});

describe('a data folder keeps the zone it was created with', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtm-zone-'));
  const saved = process.env.GTM_TIME_ZONE;
  beforeAll(() => {
    delete process.env.GTM_TIME_ZONE;
  });
  afterAll(() => {
    if (saved !== undefined) process.env.GTM_TIME_ZONE = saved;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is UTC (SharePoint zone 93) when nothing is asked for', async () => {
    const other = mkdtempSync(join(tmpdir(), 'gtm-zone-'));
    try {
      const server = await createWorkbenchServer({ port: 0, dataDir: other });
      await server.close();
      expect(server.timeZone).toEqual({ id: 93, iana: 'UTC', description: '(UTC) Coordinated Universal Time' });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('takes GTM_TIME_ZONE when no option is given', async () => {
    const other = mkdtempSync(join(tmpdir(), 'gtm-zone-'));
    process.env.GTM_TIME_ZONE = 'America/Los_Angeles';
    try {
      const server = await createWorkbenchServer({ port: 0, dataDir: other });
      await server.close();
      expect(server.timeZone.id).toBe(13);
    } finally {
      delete process.env.GTM_TIME_ZONE;
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('stays on Auckland when started again without a zone, and shows it in /_workbench/health', async () => {
    const first = await createWorkbenchServer({ port: 0, dataDir, timeZone: 'Pacific/Auckland' });
    await first.close();
    const again = await createWorkbenchServer({ port: 0, dataDir });
    try {
      expect(again.timeZone.id).toBe(17);
      expect(await (await fetch(`${again.url}/_workbench/health`)).json()).toMatchObject({ ready: true, timeZone: 'Pacific/Auckland' });
    } finally {
      await again.close();
    }
  });

  it('refuses to start it on Los Angeles: its date-only values are Auckland midnights', async () => {
    await expect(createWorkbenchServer({ port: 0, dataDir, timeZone: 'America/Los_Angeles' })).rejects.toThrow(
      /holds a site on Pacific\/Auckland \(SharePoint zone 17.*asks for America\/Los_Angeles \(zone 13.*Start it with --time-zone Pacific\/Auckland .*or use a new --data folder/,
    );
  });
});
