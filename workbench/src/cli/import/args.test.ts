import { UsageError } from '../errors';
import { defaultSite, parseImportArgs } from './args';

describe('gtm import arguments', () => {
  it('default to the workbench site, text output and writing', () => {
    expect(parseImportArgs(['deals', 'deals.csv'], {})).toEqual({
      help: false, kind: 'deals', file: 'deals.csv', site: 'http://127.0.0.1:4321/sites/gtm', dryRun: false, format: 'text',
    });
  });

  it('take --site, --dry-run and --format json', () => {
    expect(parseImportArgs(['accounts', 'a.csv', '--site', 'https://contoso.sharepoint.com/sites/gtm/', '--dry-run', '--format', 'json'], {})).toMatchObject({
      site: 'https://contoso.sharepoint.com/sites/gtm', dryRun: true, format: 'json',
    });
  });

  it('take the site from GTM_SITE, else the port from GTM_PORT', () => {
    expect(defaultSite({ GTM_SITE: 'http://127.0.0.1:5000/sites/gtm' })).toBe('http://127.0.0.1:5000/sites/gtm');
    expect(defaultSite({ GTM_PORT: '4400' })).toBe('http://127.0.0.1:4400/sites/gtm');
  });

  it.each([
    [[], 'say what to import: accounts, deals, touchpoints'],
    [['contacts', 'c.csv'], 'cannot import "contacts" (use one of: accounts, deals, touchpoints)'],
    [['deals'], 'give the CSV file to import, e.g. gtm import deals deals.csv'],
    [['deals', 'd.csv', '--format', 'xml'], 'unknown format "xml" (use one of: text, json)'],
  ])('refuse %j: %s', (argv, message) => {
    expect(() => parseImportArgs(argv, {})).toThrow(new UsageError(message, 'import'));
  });
});
