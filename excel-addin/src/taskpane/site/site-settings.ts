/**
 * The chosen site, kept in the workbook's settings (`Office.context.document.settings`: saved with
 * the document, so everyone opening this workbook reads the same site; Office docs "Persist add-in
 * state and settings"). `set` only changes the in-memory copy; `saveAsync` writes it to the file.
 */
import type { ChosenSite } from './resolve-site';

/** The setting's name. */
export const SITE_SETTING = 'gtm.site';

/**
 * The slice of `Office.Settings` used here; `saveAsync` reports `succeeded` (Office's
 * `AsyncResult.status === Office.AsyncResultStatus.Succeeded`) and the error's message.
 */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: { succeeded: boolean; message?: string }) => void): void;
}

/** The site saved in this workbook, or undefined when none (or a setting of another shape) is there. */
export function readSavedSite(settings: SettingsLike): ChosenSite | undefined {
  const value = settings.get(SITE_SETTING);
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const keys = ['url', 'hostname', 'id', 'webUrl', 'displayName'] as const;
  if (!keys.every((k) => typeof v[k] === 'string' && v[k] !== '')) return undefined;
  return { url: v['url'] as string, hostname: v['hostname'] as string, id: v['id'] as string, webUrl: v['webUrl'] as string, displayName: v['displayName'] as string };
}

function save(settings: SettingsLike): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      result.succeeded
        ? resolve()
        : reject(new Error(`Excel did not save the site in the workbook (${result.message ?? 'unknown error'}). Choose the site again.`)),
    ),
  );
}

/** Keeps `site` in the workbook. */
export function saveSite(settings: SettingsLike, site: ChosenSite): Promise<void> {
  settings.set(SITE_SETTING, { ...site });
  return save(settings);
}

/** Forgets the site ("Change site"). */
export function forgetSite(settings: SettingsLike): Promise<void> {
  settings.remove(SITE_SETTING);
  return save(settings);
}
