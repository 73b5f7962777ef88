import { checkManifest, manifestFacts } from './check-manifest';
import { parseXml, XmlError } from './xml';
// The same function scripts/build.js and scripts/package.js write dist/manifest.xml with.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderManifest } = require('../../scripts/site') as { renderManifest(baseUrl: string): string };

const BASE = 'https://contoso.example/gtm-excel/';
/** What the build writes into dist/ that the manifest may name. */
const BUILT = new Set(['functions.js', 'functions.json', 'taskpane.html', 'index.html', 'playground.html', 'manifest.xml', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']);

describe('the manifest template, rendered for a host', () => {
  const xml = renderManifest(BASE);

  it('passes every structural check when the build produced the files', () => {
    expect(checkManifest(xml, BASE, (file) => BUILT.has(file))).toEqual([]);
  });

  it('has a GUID id, version 1.0.0.0 and the custom functions namespace GTM', () => {
    const facts = manifestFacts(xml);
    expect(facts.id).toBe('6f1c2a7e-4b0d-4e59-9a43-2f7d8c1b5e90');
    expect(facts.version).toBe('1.0.0.0');
    expect(facts.namespace).toBe('GTM');
  });

  it('names 11 URLs, all under the base URL: 5 icons, 4 pages (task pane and help page, twice each), the script and the metadata', () => {
    const { urls } = manifestFacts(xml);
    expect(urls).toHaveLength(11);
    expect(urls.every((url) => url.startsWith(BASE))).toBe(true);
    expect(new Set(urls.map((url) => url.slice(BASE.length)))).toEqual(
      new Set(['assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-80.png', 'assets/icon-64.png', 'index.html', 'taskpane.html', 'functions.js', 'functions.json']),
    );
  });

  it('adds the trailing slash a base URL lacks, and keeps no placeholder', () => {
    const bare = renderManifest('https://contoso.example/gtm-excel');
    expect(bare).toBe(xml);
    expect(xml).not.toContain('{{');
  });

  it('refuses a base URL that is not absolute http(s), saying what to pass', () => {
    expect(() => renderManifest('gtm-excel/')).toThrow('--base-url must be an absolute URL such as https://contoso.example/gtm-excel/, got "gtm-excel/"');
    expect(() => renderManifest('ftp://contoso.example/')).toThrow('--base-url must use https');
  });

  it('reports a file the build did not produce, naming the URL and the file', () => {
    const problems = checkManifest(xml, BASE, (file) => file !== 'functions.json' && BUILT.has(file));
    expect(problems).toEqual([`${BASE}functions.json names functions.json, which the build did not produce`]);
  });

  it('reports a wrong namespace, a bad version and a resid that names nothing', () => {
    const broken = xml
      .replace('<bt:String id="Functions.Namespace" DefaultValue="GTM"/>', '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>')
      .replace('<Version>1.0.0.0</Version>', '<Version>1.0.0.0.1</Version>')
      .replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>');
    expect(checkManifest(broken, BASE, (file) => BUILT.has(file))).toEqual([
      '<Version> must be n.n.n.n, got "1.0.0.0.1"',
      'the custom functions namespace must be GTM, got "CONTOSO"',
      '<FunctionFile resid="Commands.Url"> names no resource',
    ]);
  });

  it('reports XML that is not well-formed instead of checking it', () => {
    const problems = checkManifest(xml.replace('</Hosts>', '</Host>'), BASE, () => true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^manifest.xml is not well-formed XML: <\/Host> closes <Hosts>/);
  });
});

describe('parseXml', () => {
  it('reads elements, attributes in either quote, text and the predefined entities', () => {
    const root = parseXml(`<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y='3'><b/>T &lt;4&gt;</a>`);
    expect(root).toEqual({
      name: 'a',
      attributes: { x: '1 & 2', y: '3' },
      children: [{ name: 'b', attributes: {}, children: [], text: '' }],
      text: 'T <4>',
    });
  });

  it('refuses an unclosed element, a second root and a duplicate attribute', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(new XmlError('</a> closes <b>', 6));
    expect(() => parseXml('<a/><b/>')).toThrow('a second root element');
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow('duplicate attribute x');
    expect(() => parseXml('<a>')).toThrow('<a> is never closed');
  });
});
