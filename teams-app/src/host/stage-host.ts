/**
 * Share to stage over teams-js (Microsoft Learn, "Meeting apps API references" and the teams-js
 * reference, https://aka.ms/teamsjs/shareAppContentToStage): both calls work only in the
 * `sidePanel` and `meetingStage` frames, need the RSC permission `MeetingStage.Write.Chat` in the
 * manifest for scheduled meetings, and answer through a callback `(error: SdkError | null, result)`.
 * `doesAppHaveSharePermission` is false when the manifest lacks the `meetingStage` context or the
 * user may not share (an attendee who is not a presenter).
 */
import { meeting } from '@microsoft/teams-js';
import type { StageSharing } from './host-types';

/** teams-js `SdkError`: `errorCode` from `ErrorCode` (1000 permission denied, 100 not supported, …). */
interface SdkErrorLike {
  errorCode?: number;
  message?: string;
}

/** A sentence for a failed teams-js stage call, e.g. code 1000 → "Teams refused … permission …". */
export function stageErrorMessage(what: 'check' | 'share', error: SdkErrorLike | null | undefined): string {
  const detail = error?.message ? ` (${error.message})` : error?.errorCode !== undefined ? ` (error ${error.errorCode})` : '';
  if (error?.errorCode === 1000) {
    return `Teams refused to share to the stage${detail}: only the meeting's organizer and presenters can share, and the app needs the MeetingStage.Write.Chat permission — ask the organizer to update the GTM Review app.`;
  }
  if (error?.errorCode === 100) return `This Teams client cannot share apps to the stage${detail}: use Teams on the desktop or the web.`;
  return what === 'check'
    ? `Teams did not say whether you may share to the stage${detail}. Reload the tab to try again.`
    : `Teams could not share the review to the stage${detail}. Try again, or reload the tab.`;
}

/** The teams-js stage calls as promises. */
export function teamsStageSharing(): StageSharing {
  return {
    canShare: () =>
      new Promise<boolean>((resolve, reject) => {
        meeting.getAppContentStageSharingCapabilities((error, result) => {
          if (error) reject(new Error(stageErrorMessage('check', error)));
          else resolve(result?.doesAppHaveSharePermission === true);
        });
      }),
    share: (contentUrl) =>
      new Promise<void>((resolve, reject) => {
        meeting.shareAppContentToStage((error, result) => {
          if (error || result !== true) reject(new Error(stageErrorMessage('share', error)));
          else resolve();
        }, contentUrl);
      }),
  };
}
