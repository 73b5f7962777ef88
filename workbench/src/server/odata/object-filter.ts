/** `$filter` over plain JSON objects (lists, fields, views collections): `Title eq 'GTM KPIs'`, `Hidden eq false`. */
import { type CompareOp, type FilterNode, type Literal } from './filter';

function get(obj: Record<string, unknown>, path: string): unknown {
  const key = Object.keys(obj).find((k) => k.toLowerCase() === path.toLowerCase());
  return key === undefined ? undefined : obj[key];
}

function lit(l: Literal): string | number | boolean | null {
  return l.kind === 'null' ? null : l.value;
}

function cmp(op: CompareOp, a: unknown, b: string | number | boolean | null): boolean {
  const x = typeof a === 'string' ? a.toLowerCase() : a ?? null;
  const y = typeof b === 'string' ? b.toLowerCase() : b;
  if (x === null || y === null) return op === 'eq' ? x === y : op === 'ne' ? x !== y : false;
  if (typeof x === 'number' && typeof y === 'string') return cmp(op, String(x), y);
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'lt':
      return (x as number) < (y as number);
    case 'le':
      return (x as number) <= (y as number);
    case 'gt':
      return (x as number) > (y as number);
    case 'ge':
      return (x as number) >= (y as number);
  }
}

export function matchesObject(node: FilterNode, obj: Record<string, unknown>): boolean {
  switch (node.kind) {
    case 'and':
      return matchesObject(node.left, obj) && matchesObject(node.right, obj);
    case 'or':
      return matchesObject(node.left, obj) || matchesObject(node.right, obj);
    case 'not':
      return !matchesObject(node.operand, obj);
    case 'startswith':
    case 'substringof': {
      const v = get(obj, node.field);
      const needle = String(lit(node.value) ?? '').toLowerCase();
      if (typeof v !== 'string') return false;
      return node.kind === 'startswith' ? v.toLowerCase().startsWith(needle) : v.toLowerCase().includes(needle);
    }
    case 'compare': {
      const { left, right } = node;
      if (left.kind === 'field' && right.kind === 'literal') return cmp(node.op, get(obj, left.path), lit(right.value));
      if (left.kind === 'literal' && right.kind === 'field') return cmp(node.op, lit(left.value), get(obj, right.path) as string | number | boolean | null);
      return false;
    }
  }
}
