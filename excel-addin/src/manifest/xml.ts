/**
 * A small XML reader for checking the add-in manifest offline (the official validator calls an
 * online service): elements, attributes, text, comments, the XML declaration and the five
 * predefined entities. Not a general parser — no DTDs, no CDATA — and it says where it stopped.
 */

export interface XmlElement {
  /** The qualified name as written: `bt:Image`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Thrown for XML that is not well-formed; `offset` is where reading stopped. */
export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, offset: number): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    const value = ENTITIES[entity];
    if (value === undefined) throw new XmlError(`unknown entity &${entity};`, offset);
    return value;
  });
}

/**
 * Parses a document and returns its root element.
 * @throws {XmlError} when the document is not well-formed (mismatched tag, bad attribute, …)
 * @example parseXml('<a x="1"><b/>hi</a>') //=> { name: 'a', attributes: { x: '1' }, children: [{ name: 'b', … }], text: 'hi' }
 */
export function parseXml(source: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const skip = (open: string, close: string): void => {
    const end = source.indexOf(close, i + open.length);
    if (end < 0) throw new XmlError(`unterminated ${open}`, i);
    i = end + close.length;
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = lt < 0 ? source.slice(i) : source.slice(i, lt);
    if (text.trim() !== '') {
      const parent = stack[stack.length - 1];
      if (!parent) throw new XmlError('text outside the root element', i);
      parent.text += decode(text, i).trim();
    }
    if (lt < 0) break;
    i = lt;
    if (source.startsWith('<?', i)) skip('<?', '?>');
    else if (source.startsWith('<!--', i)) skip('<!--', '-->');
    else if (source.startsWith('<!', i)) throw new XmlError('DTDs and CDATA are not supported', i);
    else if (source.startsWith('</', i)) {
      const match = /^<\/([\w:.-]+)\s*>/.exec(source.slice(i));
      const open = stack.pop();
      if (!match || !open) throw new XmlError('unexpected closing tag', i);
      if (match[1] !== open.name) throw new XmlError(`</${match[1]}> closes <${open.name}>`, i);
      i += match[0].length;
    } else {
      const match = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(source.slice(i));
      if (!match) throw new XmlError('malformed start tag', i);
      const attributes: Record<string, string> = {};
      for (const a of (match[2] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const name = a[1] ?? '';
        if (name in attributes) throw new XmlError(`duplicate attribute ${name}`, i);
        attributes[name] = decode(a[2] ?? a[3] ?? '', i);
      }
      const element: XmlElement = { name: match[1] ?? '', attributes, children: [], text: '' };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new XmlError('a second root element', i);
      else root = element;
      if (match[3] !== '/') stack.push(element);
      i += match[0].length;
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) throw new XmlError(`<${unclosed.name}> is never closed`, source.length);
  if (!root) throw new XmlError('no root element', 0);
  return root;
}

/** Every element below (and including) `element`, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}
