// str (Objects/unicodeobject.c): JS strings with code-point semantics. Strings without surrogates
// (the common case) index by UTF-16 unit directly.
import {
  PyValue, PyList, PyTuple, PyDict, PySlice, PyBuiltin, PyType, PyInstance, PyBytesObj, PyNativeIter, strType,
  NotImplemented, None, defineMethods, typeOf, TF_HEAPTYPE, defineClassMethods, PyFloat, strIterType,
} from './object.js';
import { typeError, valueError, indexError } from './exceptions.js';
import { repr, str, hash, index, indexInt, toArray, strLen } from './abstract.js';
import { formatStr, strFormat, strFormatMap, percentFormat } from './format.js';
import { sliceIndices } from './slice.js';
import { strRepr } from '../parser/constants.js';

const SURR = /[\uD800-\uDFFF]/;

export function hasSurrogates(s: string): boolean {
  return SURR.test(s);
}

/** Instance of a user subclass of str. */
export class PyStrSub extends PyInstance {
  constructor(cls: PyType, public readonly value: string) {
    super(cls);
    if (cls.flags & TF_HEAPTYPE) this.dict = new PyDict();
  }
}

export function asStr(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrSub) return v.value;
  return undefined;
}

function S(v: PyValue): string {
  const s = asStr(v);
  if (s === undefined) typeError(`descriptor requires a 'str' object but received a '${typeOf(v).name}'`);
  return s;
}

function argStr(v: PyValue, what: string): string {
  const s = asStr(v);
  if (s === undefined) typeError(what.endsWith('must be str') ? `${what}, not ${typeOf(v).name}` : `${what} must be str, not ${typeOf(v).name}`);
  return s;
}

export function strGetItem(s: string, k: PyValue): PyValue {
  if (typeof k === 'number') {
    if (!hasSurrogates(s)) {
      const i = k < 0 ? k + s.length : k;
      if (i < 0 || i >= s.length) indexError('string index out of range');
      return s[i];
    }
    const cps = Array.from(s);
    const i = k < 0 ? k + cps.length : k;
    if (i < 0 || i >= cps.length) indexError('string index out of range');
    return cps[i];
  }
  if (k instanceof PySlice) {
    const cps = hasSurrogates(s) ? Array.from(s) : null;
    const len = cps === null ? s.length : cps.length;
    const [start, , step, n] = sliceIndices(k, len);
    if (step === 1) return cps === null ? s.slice(start, start + n) : cps.slice(start, start + n).join('');
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += cps === null ? s[j] : cps[j];
    return out;
  }
  if (typeof k === 'boolean' || typeof k === 'bigint' || typeOf(k).lookup('__index__') !== undefined) {
    return strGetItem(s, indexInt(k, 'string'));
  }
  typeError(`string indices must be integers, not '${typeOf(k).name}'`);
}

const WS = /[ \t\n\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
function isSpace(c: string): boolean {
  return WS.test(c);
}

function stripChars(s: string, chars: PyValue | undefined, left: boolean, right: boolean): string {
  let a = 0;
  let b = s.length;
  if (chars === undefined || chars === None) {
    while (left && a < b && isSpace(s[a])) a++;
    while (right && b > a && isSpace(s[b - 1])) b--;
  } else {
    const cs = argStr(chars, 'strip arg');
    while (left && a < b && cs.includes(s[a])) a++;
    while (right && b > a && cs.includes(s[b - 1])) b--;
  }
  return s.slice(a, b);
}

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpace(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpace(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpace(s[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpace(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

/** Parse (sep=None, maxsplit=-1) style arguments: positional then keywords. */
export function parseArgs(fname: string, names: string[], args: PyValue[], kw: string[] | null, required = 0): (PyValue | undefined)[] {
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos > names.length) {
    typeError(`${fname}() takes ${required === names.length ? 'exactly' : 'at most'} ${names.length} argument${names.length === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const j = names.indexOf(kw![k]);
    if (j < 0) typeError(`${fname}() got an unexpected keyword argument '${kw![k]}'`);
    if (out[j] !== undefined) typeError(`argument for ${fname}() given by name ('${kw![k]}') and position (${j + 1})`);
    out[j] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (required === names.length && names.length === 1) typeError(`${fname}() takes exactly one argument (0 given)`);
      typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

function fillChar(v: PyValue): string {
  const s = asStr(v);
  if (s === undefined) typeError(`The fill character must be a unicode character, not ${typeOf(v).name}`);
  if (strLen(s) !== 1) typeError('The fill character must be exactly one character long');
  return s;
}

function optIndex(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  return Number(index(v));
}

function adjustRange(s: string, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  const n = s.length;
  let a = optIndex(start, 0);
  let b = optIndex(end, n);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  if (b > n) b = n;
  return [a, b];
}

function find(s: string, sub: string, start: PyValue | undefined, end: PyValue | undefined, reverse: boolean): number {
  const [a, b] = adjustRange(s, start, end);
  if (a > b || a > s.length) return -1;
  const seg = s.slice(a, b);
  const i = reverse ? seg.lastIndexOf(sub) : seg.indexOf(sub);
  if (i < 0) return -1;
  const r = i + a;
  return hasSurrogates(s) ? strLen(s.slice(0, r)) : r;
}

function isCased(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

function titleCase(s: string): string {
  let out = '';
  let prevCased = false;
  for (const c of s) {
    if (prevCased) out += c.toLowerCase();
    else out += c.toUpperCase() === c.toLowerCase() ? c : c.length === 1 && c === 'ß' ? 'Ss' : c.toUpperCase().length > 1 ? c.toUpperCase()[0] + c.toUpperCase().slice(1).toLowerCase() : c.toUpperCase();
    prevCased = isCased(c);
  }
  return out;
}

function all(s: string, re: RegExp): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!re.test(c)) return false;
  return true;
}

function strMul(s: string, n: PyValue): PyValue {
  if (typeof n !== 'number' && typeof n !== 'boolean' && typeof n !== 'bigint') {
    if (typeOf(n).lookup('__index__') === undefined) return NotImplemented;
  }
  const k = Number(index(n));
  return k <= 0 ? '' : s.repeat(k);
}

export function strJoin(sep: string, items: PyValue): string {
  const arr = toArray(items);
  for (let i = 0; i < arr.length; i++) {
    if (asStr(arr[i]) === undefined) typeError(`sequence item ${i}: expected str instance, ${typeOf(arr[i]).name} found`);
  }
  return arr.map((x) => asStr(x)!).join(sep);
}

function splitlines(s: string, keep: boolean): PyList {
  const out: PyValue[] = [];
  let i = 0;
  let start = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (c === '\n' || c === '\r' || c === '\x0b' || c === '\x0c' || c === '\x1c' || c === '\x1d' || c === '\x1e' || c === '\x85' || c === '\u2028' || c === '\u2029') {
      let e = i + 1;
      if (c === '\r' && s[i + 1] === '\n') e++;
      out.push(s.slice(start, keep ? e : i));
      start = i = e;
    } else i++;
  }
  if (start < n) out.push(s.slice(start));
  return new PyList(out);
}

/** The codecs live in modules/_codecs.ts. */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  return encodeText(s, encoding, errors);
}
import { LookupError, UnicodeEncodeError, newException, PyException } from './exceptions.js';
function raiseLookup(enc: string): never {
  throw new PyException(newException(LookupError, [`unknown encoding: ${enc}`]));
}
function throwEncodeError(s: string, enc: string, reason: string, pos = 0): never {
  const cps = Array.from(s);
  const ch = cps[pos];
  const c = ch.codePointAt(0)!;
  const hex = c < 256 ? '\\x' + c.toString(16).padStart(2, '0') : c < 65536 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
  throw new PyException(newException(UnicodeEncodeError, [`'${enc}' codec can't encode character '${hex}' in position ${pos}: ${reason}`]));
}

function strNew(args: PyValue[], kw: string[] | null): PyValue {
  const cls = args[0] as PyType;
  const a = parseArgs('str', ['object', 'encoding', 'errors'], args.slice(1), kw);
  let v = '';
  if (a[0] !== undefined) {
    if (a[1] !== undefined || a[2] !== undefined) {
      const o = a[0];
      if (!(o instanceof PyBytesObj)) typeError(`decoding to str: need a bytes-like object, ${typeOf(o).name} found`);
      v = decodeBytes(o.bytes, a[1] === undefined ? 'utf-8' : String(a[1]), a[2] === undefined ? 'strict' : String(a[2]));
    } else v = str(a[0]);
  }
  return cls === strType ? v : new PyStrSub(cls, v);
}

export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  return decodeText(b, encoding, errors);
}
import { encodeText, decodeText, encodeMethod } from '../modules/_codecs.js';

export function initStr(): void {
  strType.tdict.set('__new__', new PyBuiltin('__new__', strNew));
  defineMethods(strType, {
    __len__: (self) => strLen(S(self)),
    __getitem__: (self, args) => strGetItem(S(self), args[0]),
    __contains__: (self, args) => {
      const sub = asStr(args[0]);
      if (sub === undefined) typeError(`'in <string>' requires string as left operand, not ${typeOf(args[0]).name}`);
      return S(self).includes(sub);
    },
    __add__: (self, args) => {
      const o = asStr(args[0]);
      if (o === undefined) return NotImplemented;
      return S(self) + o;
    },
    __mul__: (self, args) => strMul(S(self), args[0]),
    __rmul__: (self, args) => strMul(S(self), args[0]),
    __mod__: (self, args) => percentFormat(S(self), args[0]),
    __rmod__: () => NotImplemented,
    __eq__: (self, args) => { const o = asStr(args[0]); return o === undefined ? NotImplemented : S(self) === o; },
    __ne__: (self, args) => { const o = asStr(args[0]); return o === undefined ? NotImplemented : S(self) !== o; },
    __lt__: (self, args) => { const o = asStr(args[0]); return o === undefined ? NotImplemented : S(self) < o; },
    __le__: (self, args) => { const o = asStr(args[0]); return o === undefined ? NotImplemented : S(self) <= o; },
    __gt__: (self, args) => { const o = asStr(args[0]); return o === undefined ? NotImplemented : S(self) > o; },
    __ge__: (self, args) => { const o = asStr(args[0]); return o === undefined ? NotImplemented : S(self) >= o; },
    __hash__: (self) => hash(S(self)),
    __iter__: (self) => {
      const s = S(self);
      if (!hasSurrogates(s)) {
        let i = 0;
        return new PyNativeIter(() => (i < s.length ? s[i++] : undefined), strIterType, 'str_ascii_iterator');
      }
      const cps = Array.from(s);
      let i = 0;
      return new PyNativeIter(() => (i < cps.length ? cps[i++] : undefined));
    },
    __repr__: (self) => strRepr(S(self)),
    __str__: (self) => S(self),
    __format__: (self, args) => {
      const spec = args[0];
      if (asStr(spec) === undefined) typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
      if (spec === '' && typeof self !== 'string') return str(self);
      return formatStr(S(self), asStr(spec)!, typeOf(self).name);
    },
    __getnewargs__: (self) => new PyTuple([S(self)]),
    join: (self, args) => strJoin(S(self), args[0]),
    split: (self, args, kw) => {
      const [sep, maxs] = parseArgs('split', ['sep', 'maxsplit'], args, kw);
      const s = S(self);
      const m = optIndex(maxs, -1);
      if (sep === undefined || sep === None) return new PyList(splitWs(s, m));
      const p = argStr(sep, 'must be str or None');
      if (p === '') valueError('empty separator');
      const parts = s.split(p);
      if (m >= 0 && parts.length > m + 1) return new PyList([...parts.slice(0, m), parts.slice(m).join(p)]);
      return new PyList(parts);
    },
    rsplit: (self, args, kw) => {
      const [sep, maxs] = parseArgs('rsplit', ['sep', 'maxsplit'], args, kw);
      const s = S(self);
      const m = optIndex(maxs, -1);
      if (sep === undefined || sep === None) return new PyList(rsplitWs(s, m));
      const p = argStr(sep, 'must be str or None');
      if (p === '') valueError('empty separator');
      const parts = s.split(p);
      if (m >= 0 && parts.length > m + 1) return new PyList([parts.slice(0, parts.length - m).join(p), ...parts.slice(parts.length - m)]);
      return new PyList(parts);
    },
    splitlines: (self, args, kw) => {
      const [keep] = parseArgs('splitlines', ['keepends'], args, kw);
      return splitlines(S(self), keep !== undefined && keep !== false && keep !== 0);
    },
    strip: (self, args) => stripChars(S(self), args[0], true, true),
    lstrip: (self, args) => stripChars(S(self), args[0], true, false),
    rstrip: (self, args) => stripChars(S(self), args[0], false, true),
    replace: (self, args) => {
      const s = S(self);
      const old = argStr(args[0], 'replace() argument 1');
      const nw = argStr(args[1], 'replace() argument 2');
      const count = args.length > 2 ? Number(index(args[2])) : -1;
      if (count < 0) {
        if (old === '') return nw + Array.from(s).join(nw) + (s.length ? nw : '');
        return s.split(old).join(nw);
      }
      let out = s;
      let res = '';
      let k = 0;
      if (old === '') {
        const cps = Array.from(s);
        for (let i = 0; i <= cps.length; i++) {
          if (k < count) { res += nw; k++; }
          if (i < cps.length) res += cps[i];
        }
        return res;
      }
      while (k < count) {
        const i = out.indexOf(old);
        if (i < 0) break;
        res += out.slice(0, i) + nw;
        out = out.slice(i + old.length);
        k++;
      }
      return res + out;
    },
    find: (self, args) => find(S(self), argStr(args[0], 'must be str'), args[1], args[2], false),
    rfind: (self, args) => find(S(self), argStr(args[0], 'must be str'), args[1], args[2], true),
    index: (self, args) => {
      const r = find(S(self), argStr(args[0], 'must be str'), args[1], args[2], false);
      if (r < 0) valueError('substring not found');
      return r;
    },
    rindex: (self, args) => {
      const r = find(S(self), argStr(args[0], 'must be str'), args[1], args[2], true);
      if (r < 0) valueError('substring not found');
      return r;
    },
    count: (self, args) => {
      const s = S(self);
      const sub = argStr(args[0], 'must be str');
      const [a, b] = adjustRange(s, args[1], args[2]);
      if (a > b) return 0;
      const seg = s.slice(a, b);
      if (sub === '') return strLen(seg) + 1;
      return seg.split(sub).length - 1;
    },
    startswith: (self, args) => {
      const s = S(self);
      const [a, b] = adjustRange(s, args[1], args[2]);
      const seg = s.slice(a, b);
      const p = args[0];
      if (p instanceof PyTuple) return p.items.some((x) => seg.startsWith(argStr(x, 'tuple for startswith must only contain str, not')));
      const ps = asStr(p);
      if (ps === undefined) typeError(`startswith first arg must be str or a tuple of str, not ${typeOf(p).name}`);
      return a <= s.length && seg.startsWith(ps);
    },
    endswith: (self, args) => {
      const s = S(self);
      const [a, b] = adjustRange(s, args[1], args[2]);
      const seg = s.slice(a, b);
      const p = args[0];
      if (p instanceof PyTuple) return p.items.some((x) => seg.endsWith(argStr(x, 'tuple for endswith must only contain str, not')));
      const ps = asStr(p);
      if (ps === undefined) typeError(`endswith first arg must be str or a tuple of str, not ${typeOf(p).name}`);
      return a <= s.length && seg.endsWith(ps);
    },
    upper: (self) => S(self).toUpperCase(),
    lower: (self) => S(self).toLowerCase(),
    casefold: (self) => S(self).toLowerCase().replace(/ß/g, 'ss'),
    swapcase: (self) => Array.from(S(self)).map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
    title: (self) => titleCase(S(self)),
    capitalize: (self) => {
      const s = S(self);
      if (s === '') return s;
      const cps = Array.from(s);
      return cps[0].toUpperCase() + cps.slice(1).join('').toLowerCase();
    },
    isdigit: (self) => all(S(self), /[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468]/u),
    isdecimal: (self) => all(S(self), /\p{Nd}/u),
    isnumeric: (self) => all(S(self), /[\p{N}]/u),
    isalpha: (self) => all(S(self), /\p{L}/u),
    isalnum: (self) => all(S(self), /[\p{L}\p{N}]/u),
    isspace: (self) => all(S(self), WS),
    isascii: (self) => /^[\x00-\x7f]*$/.test(S(self)),
    isupper: (self) => { const s = S(self); return s !== s.toLowerCase() && s === s.toUpperCase(); },
    islower: (self) => { const s = S(self); return s !== s.toUpperCase() && s === s.toLowerCase(); },
    istitle: (self) => { const s = S(self); return /\p{L}/u.test(s) && titleCase(s) === s && s !== s.toLowerCase(); },
    isidentifier: (self) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(S(self)),
    isprintable: (self) => !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(S(self).replace(/ /g, '')),
    zfill: (self, args) => {
      const s = S(self);
      const w = Number(index(args[0]));
      const n = strLen(s);
      if (n >= w) return s;
      const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
      return sign + '0'.repeat(w - n) + s.slice(sign.length);
    },
    center: (self, args) => {
      const s = S(self);
      const w = Number(index(args[0]));
      const fill = args.length > 1 ? fillChar(args[1]) : ' ';
      const n = strLen(s);
      if (n >= w) return s;
      const marg = w - n;
      const left = (marg >> 1) + (marg & w & 1);
      return fill.repeat(left) + s + fill.repeat(marg - left);
    },
    ljust: (self, args) => {
      const s = S(self);
      const w = Number(index(args[0]));
      const n = strLen(s);
      return n >= w ? s : s + (args.length > 1 ? fillChar(args[1]) : ' ').repeat(w - n);
    },
    rjust: (self, args) => {
      const s = S(self);
      const w = Number(index(args[0]));
      const n = strLen(s);
      return n >= w ? s : (args.length > 1 ? fillChar(args[1]) : ' ').repeat(w - n) + s;
    },
    partition: (self, args) => {
      const s = S(self);
      const sep = argStr(args[0], 'must be str');
      if (sep === '') valueError('empty separator');
      const i = s.indexOf(sep);
      if (i < 0) return new PyTuple([s, '', '']);
      return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    rpartition: (self, args) => {
      const s = S(self);
      const sep = argStr(args[0], 'must be str');
      if (sep === '') valueError('empty separator');
      const i = s.lastIndexOf(sep);
      if (i < 0) return new PyTuple(['', '', s]);
      return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    removeprefix: (self, args) => { const s = S(self); const p = argStr(args[0], 'prefix'); return s.startsWith(p) ? s.slice(p.length) : s; },
    removesuffix: (self, args) => { const s = S(self); const p = argStr(args[0], 'suffix'); return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s; },
    expandtabs: (self, args) => {
      const s = S(self);
      const ts = args.length > 0 ? Number(index(args[0])) : 8;
      let out = '';
      let col = 0;
      for (const c of s) {
        if (c === '\t') {
          if (ts > 0) {
            const n = ts - (col % ts);
            out += ' '.repeat(n);
            col += n;
          }
        } else if (c === '\n' || c === '\r') {
          out += c;
          col = 0;
        } else {
          out += c;
          col++;
        }
      }
      return out;
    },
    format: (self, args, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      let d: PyDict | null = null;
      if (nkw > 0) {
        d = new PyDict();
        for (let i = 0; i < nkw; i++) d.setStr(kw![i], args[args.length - nkw + i]);
      }
      return strFormat(S(self), args.slice(0, args.length - nkw), d);
    },
    format_map: (self, args, kw) => {
      const [m] = parseArgs('format_map', ['mapping'], args, kw, 1);
      return strFormatMap(S(self), m!);
    },
    encode: (self, args, kw) => {
      return encodeMethod(S(self), args, kw);
    },
    translate: (self, args) => {
      const table = args[0];
      let out = '';
      for (const c of S(self)) {
        let v: PyValue | undefined;
        try {
          v = getItemT(table, c.codePointAt(0)!);
        } catch (e) {
          if (e instanceof PyException && e.exc.cls.isSubtype(LookupError)) v = undefined;
          else throw e;
        }
        if (v === undefined) out += c;
        else if (v === None) continue;
        else if (typeof v === 'number') out += String.fromCodePoint(v);
        else out += str(v);
      }
      return out;
    },
  });
  defineClassMethods(strType, {
    maketrans: (_cls, args) => {
      const d = new PyDict();
      if (args.length === 1) {
        const src = args[0] as PyDict;
        for (const e of src.t.map.values()) d.set(typeof e.key === 'string' ? e.key.codePointAt(0)! : e.key, e.value);
        return d;
      }
      const a = Array.from(argStr(args[0], 'maketrans'));
      const b = Array.from(argStr(args[1], 'maketrans'));
      if (a.length !== b.length) valueError('the first two maketrans arguments must have equal length');
      a.forEach((c, i) => d.set(c.codePointAt(0)!, b[i].codePointAt(0)!));
      if (args.length > 2) for (const c of argStr(args[2], 'maketrans')) d.set(c.codePointAt(0)!, None);
      return d;
    },
  });
  void repr;
  void PyFloat;
}

import { getItem as getItemT } from './abstract.js';
