/**
 * Splits a SharePoint REST path (`web/lists/getbytitle('A/B ''x''')/items(3)`) into segments,
 * respecting quotes and parentheses, and reads each segment's argument.
 */

export type SegmentArg = { kind: 'string'; value: string } | { kind: 'number'; value: number } | { kind: 'raw'; value: string };

export interface Segment {
  /** Lower-cased name. */
  name: string;
  arg?: SegmentArg;
}

export class PathError extends Error {}

function parseArg(src: string): SegmentArg {
  const s = src.trim();
  const quoted = /^(?:guid)?'((?:[^']|'')*)'$/i.exec(s);
  if (quoted) return { kind: 'string', value: (quoted[1] ?? '').replace(/''/g, "'") };
  if (/^-?[0-9]+$/.test(s)) return { kind: 'number', value: Number(s) };
  return { kind: 'raw', value: s };
}

export function splitPath(path: string): Segment[] {
  const parts: string[] = [];
  let cur = '';
  let inQuote = false;
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path[i] as string;
    if (c === "'") inQuote = !inQuote; // '' toggles twice: stays inside the literal
    else if (!inQuote && c === '(') depth++;
    else if (!inQuote && c === ')') depth--;
    if (c === '/' && !inQuote && depth === 0) {
      if (cur) parts.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  if (inQuote || depth !== 0) throw new PathError(`Malformed path '${path}'.`);
  if (cur) parts.push(cur);
  return parts.map((p) => {
    const open = p.indexOf('(');
    if (open < 0) return { name: p.toLowerCase() };
    if (!p.endsWith(')')) throw new PathError(`Malformed segment '${p}'.`);
    const inner = p.slice(open + 1, -1);
    return inner.trim() === '' ? { name: p.slice(0, open).toLowerCase() } : { name: p.slice(0, open).toLowerCase(), arg: parseArg(inner) };
  });
}
