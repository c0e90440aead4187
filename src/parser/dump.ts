// ast.dump(node, include_attributes=True), character for character.
import { NODE_INFO } from './ast.js';
import { constantRepr, type Constant_ } from './constants.js';

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

export function dump(node: unknown, includeAttributes = true): string {
  const parts: string[] = [];
  format(node, parts, includeAttributes);
  return parts.join('');
}

function format(node: unknown, out: string[], attrs: boolean): void {
  if (Array.isArray(node)) {
    out.push('[');
    for (let i = 0; i < node.length; i++) {
      if (i) out.push(', ');
      format(node[i], out, attrs);
    }
    out.push(']');
    return;
  }
  const type = node !== null && typeof node === 'object' ? (node as { _type?: string })._type : undefined;
  const info = type !== undefined ? NODE_INFO[type] : undefined;
  if (!info) {
    out.push(constantRepr(node as Constant_));
    return;
  }
  const rec = node as unknown as Record<string, unknown>;
  out.push(type!, '(');
  let first = true;
  // Positional form is used until a field is omitted; CPython's dump always
  // annotates fields, so every field is written as name=value.
  for (const name of info.fields) {
    const value = rec[name];
    if (value === null && info.optional.includes(name)) continue;
    if (!first) out.push(', ');
    first = false;
    out.push(name, '=');
    // Only a Constant's value is a Python object; other numeric fields (level, simple,
    // conversion, is_async) are C ints, while JS numbers elsewhere stand for floats.
    if (typeof value === 'number' && type !== 'Constant') out.push(String(value));
    else format(value, out, attrs);
  }
  if (attrs && info.attributes) {
    for (const name of ATTRIBUTES) {
      const value = rec[name];
      if (value === null || value === undefined) continue;
      if (!first) out.push(', ');
      first = false;
      out.push(name, '=', String(value));
    }
  }
  out.push(')');
}
