/**
 * The chosen site kept in the workbook's settings, over office-addin-mock's
 * `Office.context.document.settings` (get, set, remove, saveAsync), as main.tsx adapts it.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { ChosenSite } from './resolve-site';
import { forgetSite, readSavedSite, saveSite, SITE_SETTING, type SettingsLike } from './site-settings';

// office-addin-manifest's entry pulls ESM-only dependencies jest cannot load; the mock needs only the OfficeApp enum.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

const SITE: ChosenSite = {
  url: 'https://contoso.sharepoint.com/sites/gtm',
  hostname: 'contoso.sharepoint.com',
  id: 'contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222',
  webUrl: 'https://contoso.sharepoint.com/sites/gtm',
  displayName: 'GTM',
};

interface MockSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: { status: string; error?: { message: string } }) => void): void;
}

/** Office's settings: an in-memory copy, and what the last saveAsync wrote "to the file". */
function mockOffice(saveFails = false) {
  const memory = new Map<string, unknown>();
  const file = { saved: new Map<string, unknown>(), saves: 0 };
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (name: string) => memory.get(name) ?? null,
          set: (name: string, value: unknown) => void memory.set(name, value),
          remove: (name: string) => void memory.delete(name),
          saveAsync: (callback: (result: { status: string; error?: { message: string } }) => void) => {
            file.saves++;
            if (saveFails) return callback({ status: 'failed', error: { message: 'The document is read-only' } });
            file.saved = new Map(memory);
            callback({ status: 'succeeded' });
          },
        },
      },
    },
  }) as unknown as { context: { document: { settings: MockSettings } } };
  const s = office.context.document.settings;
  // main.tsx's adapter: Office's AsyncResult to { succeeded, message }.
  const settings: SettingsLike = {
    get: (name) => s.get(name),
    set: (name, value) => s.set(name, value),
    remove: (name) => s.remove(name),
    saveAsync: (callback) => s.saveAsync((r) => callback({ succeeded: r.status === 'succeeded', message: r.error?.message })),
  };
  return { settings, file };
}

it('a new workbook has no site', () => {
  expect(readSavedSite(mockOffice().settings)).toBeUndefined();
});

it('saveSite sets the site and saves the workbook once; reading it back gives the same site', async () => {
  const { settings, file } = mockOffice();
  await saveSite(settings, SITE);
  expect(file.saves).toBe(1);
  expect(file.saved.get(SITE_SETTING)).toEqual(SITE);
  expect(readSavedSite(settings)).toEqual(SITE);
});

it('forgetSite ("Change site") removes it and saves', async () => {
  const { settings, file } = mockOffice();
  await saveSite(settings, SITE);
  await forgetSite(settings);
  expect(file.saves).toBe(2);
  expect(file.saved.has(SITE_SETTING)).toBe(false);
  expect(readSavedSite(settings)).toBeUndefined();
});

it('a setting of another shape (an old or hand-edited value) counts as no site', () => {
  const { settings } = mockOffice();
  settings.set(SITE_SETTING, { url: 'https://contoso.sharepoint.com/sites/gtm' });
  expect(readSavedSite(settings)).toBeUndefined();
  settings.set(SITE_SETTING, 'https://contoso.sharepoint.com/sites/gtm');
  expect(readSavedSite(settings)).toBeUndefined();
});

it('a save Excel refuses is reported with its reason', async () => {
  const { settings } = mockOffice(true);
  await expect(saveSite(settings, SITE)).rejects.toThrow('Excel did not save the site in the workbook (The document is read-only). Choose the site again.');
});
