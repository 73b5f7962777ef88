/**
 * Structural checks of manifest.xml, offline: well-formed, a GUID id and an n.n.n.n version, the
 * GTM namespace, a shared runtime used by both the functions and the task pane, every `resid`
 * defined, and every URL under the base URL naming a file the build produced.
 */
import { descendants, parseXml, type XmlElement } from './xml';

export interface ManifestFacts {
  id: string;
  version: string;
  namespace: string | undefined;
  /** Every URL the manifest references (DefaultValue of icons, pages, scripts, metadata). */
  urls: string[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

/** The first descendant named `name`. */
function find(root: XmlElement, name: string): XmlElement | undefined {
  return descendants(root).find((e) => e.name === name);
}

/** Reads the facts the checks and tests look at. @throws {XmlError} when not well-formed */
export function manifestFacts(xml: string): ManifestFacts {
  const root = parseXml(xml);
  const all = descendants(root);
  const strings = new Map(all.filter((e) => e.name === 'bt:String').map((e) => [e.attributes.id ?? '', e.attributes.DefaultValue]));
  const namespaceRes = find(root, 'Namespace')?.attributes.resid;
  const urls = all
    .filter((e) => ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'bt:Image', 'bt:Url'].includes(e.name))
    .map((e) => e.attributes.DefaultValue)
    .filter((v): v is string => v !== undefined);
  return {
    id: find(root, 'Id')?.text ?? '',
    version: find(root, 'Version')?.text ?? '',
    namespace: namespaceRes === undefined ? undefined : strings.get(namespaceRes),
    urls,
  };
}

/**
 * Every problem found, as sentences (empty when the manifest is fine).
 * @param fileExists whether dist/ holds the file at a path relative to the base URL (`assets/icon-32.png`)
 */
export function checkManifest(xml: string, baseUrl: string, fileExists: (relativePath: string) => boolean): string[] {
  const problems: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`manifest.xml is not well-formed XML: ${(error as Error).message}`];
  }
  const facts = manifestFacts(xml);
  const all = descendants(root);
  if (root.name !== 'OfficeApp' || root.attributes['xsi:type'] !== 'TaskPaneApp') problems.push('the root must be <OfficeApp xsi:type="TaskPaneApp">');
  if (!GUID.test(facts.id)) problems.push(`<Id> must be a GUID, got "${facts.id}"`);
  if (!VERSION.test(facts.version)) problems.push(`<Version> must be n.n.n.n, got "${facts.version}"`);
  if (facts.namespace !== 'GTM') problems.push(`the custom functions namespace must be GTM, got ${JSON.stringify(facts.namespace)}`);
  if (!all.some((e) => e.name === 'ExtensionPoint' && e.attributes['xsi:type'] === 'CustomFunctions')) {
    problems.push('there is no <ExtensionPoint xsi:type="CustomFunctions">');
  }
  if (!all.some((e) => e.name === 'Set' && e.attributes.Name === 'SharedRuntime')) problems.push('the SharedRuntime requirement set is missing');
  const runtime = find(root, 'Runtime')?.attributes.resid;
  const page = all.find((e) => e.name === 'Page')?.children[0]?.attributes.resid;
  if (runtime === undefined || runtime !== page) problems.push(`the functions' <Page> (${page}) must be the shared <Runtime> (${runtime})`);
  const defined = new Set(all.filter((e) => e.name.startsWith('bt:') && e.attributes.id).map((e) => e.attributes.id));
  for (const e of all) {
    const resid = e.attributes.resid;
    if (resid !== undefined && !defined.has(resid)) problems.push(`<${e.name} resid="${resid}"> names no resource`);
  }
  for (const url of facts.urls) {
    if (!url.startsWith(baseUrl)) problems.push(`${url} is not under the base URL ${baseUrl}`);
    else {
      const file = url.slice(baseUrl.length).split(/[?#]/)[0] ?? '';
      if (!fileExists(file)) problems.push(`${url} names ${file}, which the build did not produce`);
    }
  }
  return problems;
}
