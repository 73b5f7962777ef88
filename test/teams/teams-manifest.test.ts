/**
 * The Teams app manifest template, filled with the defaults, validates offline against the v1.30
 * schema shipped in @microsoft/app-manifest — and a wrong app id is reported, not packaged.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildManifest, validateManifest } = require('../../teams-app/scripts/manifest') as {
  buildManifest(o?: Record<string, string>): Record<string, unknown> & { configurableTabs: { context: string[]; configurationUrl: string }[] };
  validateManifest(m: unknown): Promise<string[]>;
};

describe('the Teams app manifest', () => {
  it('validates against schema 1.30 with no errors', async () => {
    const manifest = buildManifest();
    expect(manifest.manifestVersion).toBe('1.30');
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('has one configurable tab for channel, meeting chat, meeting details, side panel and stage', () => {
    const [tab] = buildManifest().configurableTabs;
    expect(tab?.context).toEqual(['channelTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage']);
  });

  it('declares the delegated RSC permissions share to stage (MeetingStage.Write.Chat) and Live Share in meeting chats and channel meetings (LiveShareSession.ReadWrite.Chat/.Group) need, and no others', () => {
    const manifest = buildManifest() as { authorization?: { permissions?: { resourceSpecific?: { name: string; type: string }[] } } };
    // learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities#register-rsc-permissions
    expect(manifest.authorization?.permissions?.resourceSpecific).toEqual([
      { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
      { name: 'LiveShareSession.ReadWrite.Chat', type: 'Delegated' },
      { name: 'LiveShareSession.ReadWrite.Group', type: 'Delegated' },
    ]);
  });

  it('points the tab at --base-url https://apps.contoso.com/gtm/ and lists that domain', () => {
    const manifest = buildManifest({ baseUrl: 'https://apps.contoso.com/gtm/' });
    expect(manifest.configurableTabs[0]?.configurationUrl).toMatch(/^https:\/\/apps\.contoso\.com\/gtm\/config\.html\?clientId=/);
    expect(manifest.validDomains).toEqual(['apps.contoso.com']);
  });

  it('reports an app id that is not a GUID ("nope") as a schema error on /id', async () => {
    const errors = await validateManifest(buildManifest({ appId: 'nope' }));
    expect(errors.some((e) => e.startsWith('/id '))).toBe(true);
  });
});
