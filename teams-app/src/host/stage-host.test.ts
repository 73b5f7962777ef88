/**
 * Share to stage over teams-js: the capability check reads doesAppHaveSharePermission, the share
 * passes the stage URL, and a refusal (SdkError 1000) becomes a sentence naming what to do.
 */
import { meeting } from '@microsoft/teams-js';
import { stageErrorMessage, teamsStageSharing } from './stage-host';

jest.mock('@microsoft/teams-js', () => ({ meeting: { getAppContentStageSharingCapabilities: jest.fn(), shareAppContentToStage: jest.fn() } }));
const capabilities = meeting.getAppContentStageSharingCapabilities as jest.Mock;
const share = meeting.shareAppContentToStage as jest.Mock;
const STAGE = 'https://gtm.contoso.example/teams/index.html?site=root&team=gtm-team&channel=gtm-review';

beforeEach(() => {
  capabilities.mockReset();
  share.mockReset();
});

test('may share when Teams answers doesAppHaveSharePermission: true, not when false', async () => {
  capabilities.mockImplementationOnce((cb: (e: unknown, r: unknown) => void) => cb(null, { doesAppHaveSharePermission: true }));
  capabilities.mockImplementationOnce((cb: (e: unknown, r: unknown) => void) => cb(null, { doesAppHaveSharePermission: false }));
  const stage = teamsStageSharing();
  expect(await stage.canShare()).toBe(true);
  expect(await stage.canShare()).toBe(false);
});

test('shares the stage URL itself and resolves when Teams answers true', async () => {
  share.mockImplementation((cb: (e: unknown, r: unknown) => void) => cb(null, true));
  await teamsStageSharing().share(STAGE);
  expect(share).toHaveBeenCalledWith(expect.any(Function), STAGE);
});

test('a refused share (error 1000) says who may share and which permission the app needs', async () => {
  share.mockImplementation((cb: (e: unknown, r: unknown) => void) => cb({ errorCode: 1000, message: 'App does not have permission' }, null));
  await expect(teamsStageSharing().share(STAGE)).rejects.toThrow(
    "Teams refused to share to the stage (App does not have permission): only the meeting's organizer and presenters can share, and the app needs the MeetingStage.Write.Chat permission — ask the organizer to update the GTM Review app.",
  );
});

test('other failures say to try again or reload, with the code when there is no message', () => {
  expect(stageErrorMessage('share', { errorCode: 500 })).toBe('Teams could not share the review to the stage (error 500). Try again, or reload the tab.');
  expect(stageErrorMessage('check', null)).toBe('Teams did not say whether you may share to the stage. Reload the tab to try again.');
  expect(stageErrorMessage('share', { errorCode: 100 })).toBe('This Teams client cannot share apps to the stage (error 100): use Teams on the desktop or the web.');
});
