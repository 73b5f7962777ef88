/**
 * The configuration page's side of teams-js: report whether the form is valid, and on Save hand
 * Teams the tab's URL (with the chosen SharePoint site and channel) before confirming.
 */
import { pages } from '@microsoft/teams-js';

export interface TabConfig {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

export function setConfigValid(valid: boolean): void {
  pages.config.setValidityState(valid);
}

/** Registers the Save handler; `current` is read when Teams asks to save. */
export function onConfigSave(current: () => TabConfig): void {
  pages.config.registerOnSaveHandler((event) => {
    pages.config.setConfig(current()).then(
      () => event.notifySuccess(),
      (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
    );
  });
}
