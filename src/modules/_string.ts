// The _string module (Objects/stringlib/unicode_format.h's iterators): formatter_parser and
// formatter_field_name_split, which string.Formatter is built on. The parse follows
// MarkupIterator_next/parse_field and FieldNameIterator exactly, errors raised lazily as CPython does.
import { PyValue, PyType, PyDict, PyModule, PyBuiltin, PyNativeIter, PyTuple, None, typeType, objectType, defineMethods, typeOf } from '../objects/object.js';
import { PyException, newException, typeError, valueError, StopIteration } from '../objects/exceptions.js';
import { asStr } from '../objects/str.js';

function mkType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], 0);
  t.mro = [t, objectType];
  defineMethods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as PyNativeIter).next();
      if (v === undefined) throw new PyException(newException(StopIteration, []));
      return v;
    },
  });
  return t;
}
const formatterIterType = mkType('formatteriterator');
const fieldNameIterType = mkType('fieldnameiterator');

function strArg(v: PyValue): string {
  const s = asStr(v);
  if (s !== undefined) return s;
  typeError(`expected str, got ${typeOf(v).name}`);
}

/** One step of MarkupIterator_next from `pos`: the tuple and the new position, or null at the end. */
function markupNext(s: string, pos: number): [PyTuple, number] | null {
  const end = s.length;
  if (pos >= end) return null;
  const start = pos;
  let c = '';
  let markup = false;
  while (pos < end) {
    c = s[pos++];
    if (c === '{' || c === '}') {
      markup = true;
      break;
    }
  }
  const atEnd = pos >= end;
  let len = pos - start;
  if (c === '}' && (atEnd || s[pos] !== c)) valueError("Single '}' encountered in format string");
  if (atEnd && c === '{') valueError("Single '{' encountered in format string");
  if (!atEnd) {
    if (s[pos] === c) {
      pos++;
      markup = false;
    } else len--;
  }
  const literal = s.slice(start, start + len);
  if (!markup) return [new PyTuple([literal, None, None, None]), pos];
  // parse_field
  const nameStart = pos;
  c = '';
  while (pos < end) {
    c = s[pos++];
    if (c === '{') valueError("unexpected '{' in field name");
    if (c === '[') {
      while (pos < end && s[pos] !== ']') pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const fieldName = s.slice(nameStart, pos - 1);
  let conversion: PyValue = None;
  let spec = '';
  if (c === '!' || c === ':') {
    if (c === '!') {
      if (pos >= end) valueError('end of string while looking for conversion specifier');
      const cp = s.codePointAt(pos)!;
      conversion = String.fromCodePoint(cp);
      pos += cp > 0xffff ? 2 : 1;
      if (pos < end) {
        const n = s[pos++];
        if (n === '}') return [new PyTuple([literal, fieldName, '', conversion]), pos];
        if (n !== ':') valueError("expected ':' after conversion specifier");
      }
    }
    const specStart = pos;
    let count = 1;
    for (;;) {
      if (pos >= end) valueError("unmatched '{' in format spec");
      const ch = s[pos++];
      if (ch === '{') count++;
      else if (ch === '}' && --count === 0) {
        spec = s.slice(specStart, pos - 1);
        break;
      }
    }
  } else if (c !== '}') valueError("expected '}' before end of string");
  return [new PyTuple([literal, fieldName, spec, conversion]), pos];
}

/** get_integer: the value of an all-digit field name part, or -1. */
function fieldInteger(s: string): number {
  if (s.length === 0) return -1;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
    if (n > 9223372036854775807) valueError('Too many decimal digits in format string');
  }
  return n;
}

function fieldNameIter(s: string, pos: number): PyNativeIter {
  const end = s.length;
  return new PyNativeIter(() => {
    if (pos >= end) return undefined;
    const c = s[pos++];
    let name: string;
    let isAttr: boolean;
    if (c === '.') {
      isAttr = true;
      const st = pos;
      while (pos < end && s[pos] !== '.' && s[pos] !== '[') pos++;
      name = s.slice(st, pos);
    } else if (c === '[') {
      isAttr = false;
      const st = pos;
      while (pos < end && s[pos] !== ']') pos++;
      if (pos >= end) valueError("Missing ']' in format string");
      name = s.slice(st, pos);
      pos++;
    } else valueError("Only '.' or '[' may follow ']' in format field specifier");
    if (name.length === 0) valueError('Empty attribute in format string');
    if (isAttr) return new PyTuple([true, name]);
    const idx = fieldInteger(name);
    return new PyTuple([false, idx === -1 ? name : idx]);
  }, fieldNameIterType, 'fieldnameiterator');
}

export function makeStringModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_string', d);
  d.setStr('formatter_parser', new PyBuiltin('formatter_parser', (args) => {
    if (args.length !== 1) typeError(`formatter_parser() takes exactly one argument (${args.length} given)`);
    const s = strArg(args[0]);
    let pos = 0;
    return new PyNativeIter(() => {
      const r = markupNext(s, pos);
      if (r === null) return undefined;
      pos = r[1];
      return r[0];
    }, formatterIterType, 'formatteriterator');
  }));
  d.setStr('formatter_field_name_split', new PyBuiltin('formatter_field_name_split', (args) => {
    if (args.length !== 1) typeError(`formatter_field_name_split() takes exactly one argument (${args.length} given)`);
    const s = strArg(args[0]);
    let i = 0;
    while (i < s.length && s[i] !== '.' && s[i] !== '[') i++;
    const first = s.slice(0, i);
    const idx = fieldInteger(first);
    return new PyTuple([idx === -1 ? first : idx, fieldNameIter(s, i)]);
  }));
  return m;
}
