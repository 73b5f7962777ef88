import { WebPartSession, sessionKeyOf } from './web-part-session';

const SITE = 'https://contoso.sharepoint.com/sites/gtm';

describe('a web part session', () => {
  it('is built once however often the web part renders: 5 renders (theme changes), 1 build', () => {
    let builds = 0;
    const session = new WebPartSession((source) => ({ build: ++builds, site: source.siteUrl }));
    const first = session.get({ siteUrl: SITE, listTitles: { 'Risk Register': 'Risk Register' } });
    for (let i = 0; i < 4; i++) expect(session.get({ siteUrl: SITE, listTitles: { 'Risk Register': 'Risk Register' } })).toBe(first);
    expect(builds).toBe(1);
  });

  it('is built again when the site or a list title changes in the property pane: 3 sources, 3 builds', () => {
    let builds = 0;
    const session = new WebPartSession(() => ++builds);
    session.get({ siteUrl: SITE, listTitles: { 'Risk Register': 'Risk Register' } });
    expect(session.get({ siteUrl: `${SITE}-emea`, listTitles: { 'Risk Register': 'Risk Register' } })).toBe(2);
    expect(session.get({ siteUrl: `${SITE}-emea`, listTitles: { 'Risk Register': 'Risks' } })).toBe(3);
    expect(session.get({ siteUrl: `${SITE}-emea`, listTitles: { 'Risk Register': ' Risks ' } })).toBe(3);
  });

  it('takes the site URL as SharePoint does: case and a trailing slash make no other site', () => {
    expect(sessionKeyOf({ siteUrl: `${SITE.toUpperCase()}/`, listTitles: {} })).toBe(sessionKeyOf({ siteUrl: SITE, listTitles: {} }));
  });
});
