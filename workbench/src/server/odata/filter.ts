/**
 * Parses an OData v3 `$filter` expression (the subset SharePoint REST and the Graph lists API accept)
 * into a small syntax tree. Values are always data: `'O''Brien'' or (1 eq 1'` is one string literal.
 *
 * @example parseFilter("GtmStatus eq 'Open' and GtmScore ge 3")
 */

import { localDateTimeToUtc } from '@gtm/shared';
import { MAX_FILTER_DEPTH, filterDepthProblem, filterLengthProblem } from './filter-limits';

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'datetime'; value: string };

export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type Operand = { kind: 'field'; path: string } | { kind: 'literal'; value: Literal };

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | { kind: 'startswith'; field: string; value: Literal }
  | { kind: 'substringof'; field: string; value: Literal };

/** A syntax error in a query option; the routes turn it into a 400 in the API's own error shape. */
export class ODataSyntaxError extends Error {}

type Token =
  | { t: 'ident'; v: string }
  | { t: 'lit'; v: Literal }
  | { t: '(' }
  | { t: ')' }
  | { t: ',' };

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

function readQuoted(src: string, start: number): { value: string; end: number } {
  // start points at the opening quote; '' inside the literal is one quote.
  let i = start + 1;
  let out = '';
  for (;;) {
    if (i >= src.length) throw new ODataSyntaxError(`Unterminated string literal at position ${start}.`);
    const c = src[i];
    if (c === "'") {
      if (src[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      return { value: out, end: i + 1 };
    }
    out += c;
    i++;
  }
}

/**
 * OData v4 (Graph) writes a DateTimeOffset unquoted (`fields/GtmDueDate lt 2026-03-14T11:00:00.000Z`,
 * OData ABNF `dateTimeOffsetValue`); SharePoint REST speaks OData v3 and needs `datetime'…'`.
 */
const DATE_TIME_OFFSET = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,12})?)?(Z|[+-][0-9]{2}:[0-9]{2})/;

export interface FilterSyntax {
  /** 4 for Graph (unquoted DateTimeOffset literals); SharePoint REST is OData 3 (the default). */
  odataVersion?: 3 | 4;
  /**
   * The site's zone: SharePoint reads a `datetime'2026-03-15T00:00:00'` without an offset as site
   * time, as it does for values written (sp-dev-docs#5369). Without it such a literal is UTC.
   */
  timeZone?: string;
}

const HAS_OFFSET = /(Z|[+-][0-9]{2}:?[0-9]{2})$/i;

/** A `datetime'…'` literal as an instant: with its offset, or as site-local time without one. */
function datetimeLiteral(value: string, syntax: FilterSyntax): string {
  if (HAS_OFFSET.test(value) || syntax.timeZone === undefined) return value;
  try {
    return localDateTimeToUtc(value, syntax.timeZone);
  } catch {
    return value; // not a date-time: the comparison finds nothing, as before
  }
}

export function tokenize(src: string, syntax: FilterSyntax = {}): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: c });
      i++;
    } else if (c === "'") {
      const { value, end } = readQuoted(src, i);
      tokens.push({ t: 'lit', v: { kind: 'string', value } });
      i = end;
    } else if (syntax.odataVersion === 4 && DATE_TIME_OFFSET.test(src.slice(i))) {
      const m = DATE_TIME_OFFSET.exec(src.slice(i)) as RegExpExecArray;
      tokens.push({ t: 'lit', v: { kind: 'datetime', value: m[0] } });
      i += m[0].length;
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?[mMdDlLfF]?/.exec(src.slice(i));
      if (!m) throw new ODataSyntaxError(`Unexpected '${c}' at position ${i}.`);
      tokens.push({ t: 'lit', v: { kind: 'number', value: Number(m[0].replace(/[mMdDlLfF]$/, '')) } });
      i += m[0].length;
    } else if (/[A-Za-z_@$]/.test(c)) {
      const m = /^[A-Za-z_@$][A-Za-z0-9_./@$]*/.exec(src.slice(i));
      const word = (m as RegExpExecArray)[0];
      i += word.length;
      const lower = word.toLowerCase();
      if ((lower === 'datetime' || lower === 'guid' || lower === 'datetimeoffset') && src[i] === "'") {
        const { value, end } = readQuoted(src, i);
        i = end;
        tokens.push({ t: 'lit', v: lower === 'guid' ? { kind: 'string', value } : { kind: 'datetime', value: datetimeLiteral(value, syntax) } });
      } else if (lower === 'true' || lower === 'false') {
        tokens.push({ t: 'lit', v: { kind: 'boolean', value: lower === 'true' } });
      } else if (lower === 'null') {
        tokens.push({ t: 'lit', v: { kind: 'null' } });
      } else {
        tokens.push({ t: 'ident', v: word });
      }
    } else {
      throw new ODataSyntaxError(`Unexpected '${c}' at position ${i}.`);
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;
  /** Open parentheses and `not`s around the current token: bounded, so the recursion is too. */
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.or();
    if (this.pos < this.tokens.length) throw new ODataSyntaxError('Unexpected tokens after the end of the expression.');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isWord(word: string): boolean {
    const t = this.peek();
    return t !== undefined && t.t === 'ident' && t.v.toLowerCase() === word;
  }

  private expect(t: '(' | ')' | ','): void {
    const tok = this.peek();
    if (!tok || tok.t !== t) throw new ODataSyntaxError(`Expected '${t}'.`);
    this.pos++;
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.isWord('or')) {
      this.pos++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.isWord('and')) {
      this.pos++;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.isWord('not')) {
      this.pos++;
      this.enter();
      const operand = this.unary();
      this.depth--;
      return { kind: 'not', operand };
    }
    return this.primary();
  }

  private enter(): void {
    if (++this.depth > MAX_FILTER_DEPTH) throw new ODataSyntaxError(filterDepthProblem());
  }

  private primary(): FilterNode {
    const tok = this.peek();
    if (!tok) throw new ODataSyntaxError('Unexpected end of the expression.');
    let node: FilterNode;
    if (tok.t === '(') {
      this.pos++;
      this.enter();
      node = this.or();
      this.expect(')');
      this.depth--;
    } else if (tok.t === 'ident' && (tok.v.toLowerCase() === 'startswith' || tok.v.toLowerCase() === 'substringof')) {
      node = this.func(tok.v.toLowerCase() as 'startswith' | 'substringof');
    } else {
      const left = this.operand();
      const opTok = this.peek();
      if (!opTok || opTok.t !== 'ident' || !COMPARE_OPS.has(opTok.v.toLowerCase())) {
        throw new ODataSyntaxError('Expected a comparison operator (eq, ne, lt, le, gt, ge).');
      }
      this.pos++;
      const right = this.operand();
      node = { kind: 'compare', op: opTok.v.toLowerCase() as CompareOp, left, right };
    }
    // `startswith(Title,'a') eq true` / `... eq false`
    const next = this.peek();
    if (node.kind !== 'compare' && next?.t === 'ident' && (next.v.toLowerCase() === 'eq' || next.v.toLowerCase() === 'ne')) {
      const op = next.v.toLowerCase();
      this.pos++;
      const rhs = this.operand();
      if (rhs.kind !== 'literal' || rhs.value.kind !== 'boolean') throw new ODataSyntaxError('A function result compares with true or false only.');
      const positive = (op === 'eq') === rhs.value.value;
      return positive ? node : { kind: 'not', operand: node };
    }
    return node;
  }

  private func(name: 'startswith' | 'substringof'): FilterNode {
    this.pos++;
    this.expect('(');
    const a = this.operand();
    this.expect(',');
    const b = this.operand();
    this.expect(')');
    if (name === 'startswith') {
      if (a.kind !== 'field' || b.kind !== 'literal') throw new ODataSyntaxError('startswith(Field, \'value\') expected.');
      return { kind: 'startswith', field: a.path, value: b.value };
    }
    if (a.kind !== 'literal' || b.kind !== 'field') throw new ODataSyntaxError('substringof(\'value\', Field) expected.');
    return { kind: 'substringof', field: b.path, value: a.value };
  }

  private operand(): Operand {
    const tok = this.peek();
    if (!tok) throw new ODataSyntaxError('Unexpected end of the expression.');
    this.pos++;
    if (tok.t === 'lit') return { kind: 'literal', value: tok.v };
    if (tok.t === 'ident') return { kind: 'field', path: tok.v };
    throw new ODataSyntaxError(`Unexpected '${tok.t}'.`);
  }
}

/** Throws `ODataSyntaxError` for bad syntax and past the limits of filter-limits.ts (length, depth). */
export function parseFilter(src: string, syntax: FilterSyntax = {}): FilterNode {
  const tooLong = filterLengthProblem(src);
  if (tooLong !== undefined) throw new ODataSyntaxError(tooLong);
  return new Parser(tokenize(src, syntax)).parse();
}

/** Every field path a filter touches (for the list view threshold and validation). */
export function filterFields(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterFields(node.left), ...filterFields(node.right)];
    case 'not':
      return filterFields(node.operand);
    case 'compare':
      return [node.left, node.right].flatMap((o) => (o.kind === 'field' ? [o.path] : []));
    case 'startswith':
    case 'substringof':
      return [node.field];
  }
}
