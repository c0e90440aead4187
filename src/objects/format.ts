// The format-spec mini-language (Python/formatter_unicode.c), str.format and printf-style %.
import { PyValue, PyFloat, PyTuple, PyDict, typeOf, strType } from './object.js';
import { valueError, typeError, raise, KeyError, IndexError } from './exceptions.js';
import { callSpecial, repr, str, getAttr, getItem, index, toFloat, strLen } from './abstract.js';
import { asInt, intToFloat } from './int.js';
import { asFloat, roundHalfEven } from './float.js';
import { floatRepr } from '../parser/constants.js';
import { asciiRepr } from '../vm/ceval.js';

export function format(v: PyValue, spec: string): string {
  const r = callSpecial(v, '__format__', [spec]);
  if (r === undefined) typeError(`Type ${typeOf(v).name} doesn't define __format__`);
  if (typeof r !== 'string') typeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(s: string, what: string): Spec {
  const sp: Spec = { fill: ' ', align: '', sign: '', alt: false, zero: false, width: -1, grouping: '', precision: -1, type: '' };
  let i = 0;
  const chars = Array.from(s);
  const isAlign = (c: string | undefined) => c === '<' || c === '>' || c === '=' || c === '^';
  if (chars.length >= 2 && isAlign(chars[1])) {
    sp.fill = chars[0];
    sp.align = chars[1];
    i = 2;
  } else if (isAlign(chars[0])) {
    sp.align = chars[0];
    i = 1;
  }
  if (chars[i] === '+' || chars[i] === '-' || chars[i] === ' ') sp.sign = chars[i++];
  if (chars[i] === 'z') i++;
  if (chars[i] === '#') {
    sp.alt = true;
    i++;
  }
  if (chars[i] === '0') {
    sp.zero = true;
    if (sp.align === '') {
      sp.fill = '0';
      sp.align = '=';
    }
    i++;
  }
  let w = '';
  while (i < chars.length && chars[i] >= '0' && chars[i] <= '9') w += chars[i++];
  if (w !== '') sp.width = parseInt(w, 10);
  if (chars[i] === ',' || chars[i] === '_') sp.grouping = chars[i++];
  if (chars[i] === '.') {
    i++;
    let p = '';
    while (i < chars.length && chars[i] >= '0' && chars[i] <= '9') p += chars[i++];
    if (p === '') valueError('Format specifier missing precision');
    sp.precision = parseInt(p, 10);
  }
  if (i < chars.length) sp.type = chars[i++];
  if (i < chars.length) valueError(`Invalid format specifier '${s}' for object of type '${what}'`);
  return sp;
}

function pad(body: string, sp: Spec, defaultAlign: string, signLen = 0): string {
  const len = strLen(body);
  if (sp.width <= len) return body;
  const n = sp.width - len;
  const align = sp.align || defaultAlign;
  const fill = sp.fill;
  switch (align) {
    case '<': return body + fill.repeat(n);
    case '>': return fill.repeat(n) + body;
    case '^': return fill.repeat(n >> 1) + body + fill.repeat(n - (n >> 1));
    default: return body.slice(0, signLen) + fill.repeat(n) + body.slice(signLen);
  }
}

function group(digits: string, sep: string, every: number): string {
  let out = '';
  let k = 0;
  for (let i = digits.length - 1; i >= 0; i--) {
    out = digits[i] + out;
    if (++k % every === 0 && i > 0) out = sep + out;
  }
  return out;
}

export function formatStr(s: string, spec: string): string {
  if (spec === '') return s;
  const sp = parseSpec(spec, 'str');
  if (sp.type !== '' && sp.type !== 's') valueError(`Unknown format code '${sp.type}' for object of type 'str'`);
  if (sp.sign !== '') valueError('Sign not allowed in string format specifier');
  if (sp.align === '=') valueError("'=' alignment not allowed in string format specifier");
  if (sp.precision >= 0) s = Array.from(s).slice(0, sp.precision).join('');
  return pad(s, sp, '<');
}

export function formatInt(v: number | bigint, spec: string): string {
  if (spec === '') return String(v);
  const sp = parseSpec(spec, 'int');
  let t = sp.type;
  if ('eEfFgG%'.includes(t) && t !== '') return formatFloatSpec(intToFloat(v), sp);
  if (sp.precision >= 0) valueError('Precision not allowed in integer format specifier');
  const neg = v < 0;
  const a = neg ? (typeof v === 'bigint' ? -v : -v) : v;
  let digits: string;
  let prefix = '';
  switch (t) {
    case '': case 'd': case 'n': digits = a.toString(10); break;
    case 'x': digits = a.toString(16); prefix = '0x'; break;
    case 'X': digits = a.toString(16).toUpperCase(); prefix = '0X'; break;
    case 'o': digits = a.toString(8); prefix = '0o'; break;
    case 'b': digits = a.toString(2); prefix = '0b'; break;
    case 'c': return pad(String.fromCodePoint(Number(v)), sp, '<');
    default: valueError(`Unknown format code '${t}' for object of type 'int'`);
  }
  if (sp.grouping) {
    if (sp.grouping === ',' && t !== '' && t !== 'd') valueError(`Cannot specify ',' with '${t}'.`);
    digits = group(digits, sp.grouping, t === '' || t === 'd' || t === 'n' ? 3 : 4);
  }
  const sign = neg ? '-' : sp.sign === '+' ? '+' : sp.sign === ' ' ? ' ' : '';
  const head = sign + (sp.alt ? prefix : '');
  if (sp.align === '=' && sp.fill === '0' && sp.grouping && sp.width > head.length + digits.length) {
    // Zero padding participates in grouping.
    const raw = digits.split(sp.grouping).join('');
    let need = sp.width - head.length;
    let g = group(raw, sp.grouping, t === '' || t === 'd' ? 3 : 4);
    let padded = raw;
    while (g.length < need) {
      padded = '0' + padded;
      g = group(padded, sp.grouping, t === '' || t === 'd' ? 3 : 4);
    }
    if (g.length > need && g[0] === sp.grouping) g = g.slice(1);
    return head + g;
  }
  return pad(head + digits, sp, '>', head.length);
}

export function formatFloat(x: number, spec: string): string {
  if (spec === '') return floatRepr(x);
  return formatFloatSpec(x, parseSpec(spec, 'float'));
}

/** Exact decimal expansion of a finite non-negative double ("123.4375"). */
function exactDecimal(x: number): string {
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  let s = (BigInt(m) * 5n ** BigInt(e)).toString();
  if (e === 0) return s;
  s = s.padStart(e + 1, '0');
  return s.slice(0, s.length - e) + '.' + s.slice(s.length - e);
}

/** JS rounds exact decimal ties away from zero; CPython rounds them to even. */
function fixed(x: number, prec: number): string {
  if (x >= 1e21 && Number.isFinite(x)) return exactDecimal(x) + (prec > 0 ? '.' + '0'.repeat(prec) : '');
  const s = prec <= 100 ? x.toFixed(prec) : x.toFixed(100) + '0'.repeat(prec - 100);
  if (x < 0 || prec > 100) return s;
  const ex = exactDecimal(x);
  const dot = ex.indexOf('.');
  if (dot < 0 || ex.length - dot - 1 !== prec + 1 || ex[ex.length - 1] !== '5') return s;
  const kept = ex.slice(0, ex.length - 1);
  const lastKept = prec === 0 ? kept[dot - 1] : kept[kept.length - 1];
  if ((Number(lastKept) & 1) === 1) return s;
  return prec === 0 ? kept.slice(0, dot) : kept;
}

function expo(x: number, prec: number, upper: boolean): string {
  let s = x.toExponential(Math.min(prec, 100));
  if (x > 0 && Number.isFinite(x) && prec <= 100) {
    // Exact ties round to even, as in CPython.
    const digits = exactDecimal(x).replace('.', '').replace(/^0+/, '');
    if (digits.length === prec + 2 && digits[digits.length - 1] === '5' && (Number(digits[digits.length - 2]) & 1) === 0) {
      const e = Number(s.slice(s.indexOf('e') + 1));
      const mant = digits.slice(0, prec + 1);
      const expE = Math.floor(Math.log10(x));
      const ee = Number(digits.length) > 0 ? expE : e;
      s = (prec > 0 ? mant[0] + '.' + mant.slice(1) : mant[0]) + 'e' + (ee >= 0 ? '+' : '') + ee;
    }
  }
  const e = s.indexOf('e');
  let mant = s.slice(0, e);
  let exp = s.slice(e + 1);
  const sgn = exp[0] === '-' ? '-' : '+';
  exp = exp.replace(/^[+-]/, '');
  if (exp.length < 2) exp = '0' + exp;
  s = mant + (upper ? 'E' : 'e') + sgn + exp;
  return s;
}

function general(x: number, prec: number, alt: boolean, upper: boolean, noType: boolean): string {
  if (prec === 0) prec = 1;
  if (x === 0) {
    const z = alt ? '0.' + '0'.repeat(prec - 1) : noType ? '0.0' : '0';
    return z;
  }
  const ex = Number(x.toExponential(prec - 1).split('e')[1]);
  let s: string;
  if (ex >= -4 && ex < prec) {
    s = fixed(x, prec - 1 - ex);
    if (!alt && s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
    if (noType && !s.includes('.')) s += '.0';
  } else {
    s = expo(x, prec - 1, upper);
    if (!alt) {
      const e = s.indexOf(upper ? 'E' : 'e');
      let m = s.slice(0, e);
      if (m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
      s = m + s.slice(e);
    }
  }
  return s;
}

function formatFloatSpec(x: number, sp: Spec): string {
  const t = sp.type;
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  const prec = sp.precision;
  if (!Number.isFinite(a)) {
    body = Number.isNaN(a) ? 'nan' : 'inf';
    if (t === 'E' || t === 'F' || t === 'G') body = body.toUpperCase();
    if (t === '%') body += '%';
  } else {
    switch (t) {
      case 'f': case 'F': body = fixed(a, prec < 0 ? 6 : prec); if (sp.alt && !body.includes('.')) body += '.'; break;
      case 'e': case 'E': body = expo(a, prec < 0 ? 6 : prec, t === 'E'); break;
      case 'g': case 'G': body = general(a, prec < 0 ? 6 : prec, sp.alt, t === 'G', false); break;
      case '%': body = fixed(a * 100, prec < 0 ? 6 : prec) + '%'; break;
      case '':
        body = prec < 0 ? floatRepr(a) : general(a, prec, sp.alt, false, true);
        break;
      case 'n': body = general(a, prec < 0 ? 6 : prec, sp.alt, false, false); break;
      default: valueError(`Unknown format code '${t}' for object of type 'float'`);
    }
  }
  if (sp.grouping) {
    const m = /^(\d+)(.*)$/.exec(body);
    if (m) body = group(m[1], sp.grouping, 3) + m[2];
  }
  const sign = neg && !(Number.isNaN(x)) ? '-' : sp.sign === '+' ? '+' : sp.sign === ' ' ? ' ' : '';
  return pad(sign + body, sp, '>', sign.length);
}

// ---------------------------------------------------------------------------
// str.format

export function strFormat(fmt: string, args: PyValue[], kw: PyDict | null): string {
  let out = '';
  let auto = 0;
  let manual = false;
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (j >= n) valueError("expected '}' before end of string");
      const field = fmt.slice(i + 1, j);
      i = j + 1;
      // field_name[!conv][:spec]
      let name = field;
      let conv = '';
      let spec = '';
      let k = 0;
      let br = 0;
      for (; k < field.length; k++) {
        const ch = field[k];
        if (ch === '[') br++;
        else if (ch === ']') br--;
        else if (br === 0 && (ch === '!' || ch === ':')) break;
      }
      name = field.slice(0, k);
      let rest = field.slice(k);
      if (rest[0] === '!') {
        conv = rest[1];
        rest = rest.slice(2);
        if (rest !== '' && rest[0] !== ':') valueError('expected \':\' after conversion specifier');
      }
      if (rest[0] === ':') spec = rest.slice(1);
      if (spec.includes('{')) spec = strFormat(spec, args, kw);
      const m = /^([^.[]*)(.*)$/.exec(name)!;
      let first = m[1];
      let v: PyValue;
      if (first === '') {
        if (manual) valueError('cannot switch from manual field specification to automatic field numbering');
        first = String(auto++);
      } else if (/^\d+$/.test(first)) {
        if (auto > 0) valueError('cannot switch from automatic field numbering to manual field specification');
        manual = true;
      }
      if (/^\d+$/.test(first)) {
        const idx = parseInt(first, 10);
        if (idx >= args.length) raise(IndexError, `Replacement index ${idx} out of range for positional args tuple`);
        v = args[idx];
      } else {
        const kv = kw === null ? undefined : kw.getStr(first);
        if (kv === undefined) raise(KeyError, `'${first}'`);
        v = kv;
      }
      let path = m[2];
      while (path.length > 0) {
        if (path[0] === '.') {
          const mm = /^\.([^.[]+)/.exec(path)!;
          v = getAttr(v, mm[1]);
          path = path.slice(mm[0].length);
        } else {
          const mm = /^\[([^\]]*)\]/.exec(path);
          if (!mm) valueError('Missing \']\' in format string');
          const key = /^\d+$/.test(mm[1]) ? parseInt(mm[1], 10) : mm[1];
          v = getItem(v, key);
          path = path.slice(mm[0].length);
        }
      }
      if (conv === 'r') v = repr(v);
      else if (conv === 's') v = str(v);
      else if (conv === 'a') v = asciiRepr(v);
      else if (conv !== '') valueError(`Unknown conversion specifier ${conv}`);
      out += format(v, spec);
    } else if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      valueError("Single '}' encountered in format string");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// printf-style: str % args

export function percentFormat(fmt: string, argv: PyValue): string {
  let args: PyValue[];
  let dict: PyValue | null = null;
  if (argv instanceof PyTuple) args = argv.items;
  else {
    args = [argv];
    if (argv instanceof PyDict || (typeof argv === 'object' && typeOf(argv) !== strType && typeOf(argv).lookup('__getitem__') !== undefined && !(argv instanceof PyTuple))) dict = argv;
  }
  let ai = 0;
  let out = '';
  const next = (): PyValue => {
    if (ai >= args.length) typeError('not enough arguments for format string');
    return args[ai++];
  };
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c !== '%') {
      const j = fmt.indexOf('%', i);
      const end = j < 0 ? fmt.length : j;
      out += fmt.slice(i, end);
      i = end;
      continue;
    }
    i++;
    let key: string | null = null;
    if (fmt[i] === '(') {
      const j = fmt.indexOf(')', i);
      key = fmt.slice(i + 1, j);
      i = j + 1;
    }
    let flags = '';
    while ('-+ #0'.includes(fmt[i]) && i < fmt.length) flags += fmt[i++];
    let width = '';
    if (fmt[i] === '*') {
      width = String(index(next()));
      i++;
    } else while (fmt[i] >= '0' && fmt[i] <= '9') width += fmt[i++];
    let prec = '';
    let hasPrec = false;
    if (fmt[i] === '.') {
      hasPrec = true;
      i++;
      if (fmt[i] === '*') {
        prec = String(index(next()));
        i++;
      } else while (fmt[i] >= '0' && fmt[i] <= '9') prec += fmt[i++];
    }
    while (fmt[i] === 'l' || fmt[i] === 'h' || fmt[i] === 'L') i++;
    const t = fmt[i++];
    if (t === undefined) valueError('incomplete format');
    if (t === '%') {
      out += '%';
      continue;
    }
    const v = key !== null ? getItem(dict ?? args[0], key) : next();
    let spec = '';
    const left = flags.includes('-');
    let s: string;
    switch (t) {
      case 's': s = str(v); if (hasPrec) s = s.slice(0, Number(prec || 0)); break;
      case 'r': s = repr(v); if (hasPrec) s = s.slice(0, Number(prec || 0)); break;
      case 'a': s = asciiRepr(v); break;
      case 'c': s = typeof v === 'string' ? v : String.fromCodePoint(Number(index(v))); break;
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        let iv = asInt(v);
        if (iv === undefined) {
          if (v instanceof PyFloat) iv = Math.trunc(v.value);
          else {
            const what = t === 'x' || t === 'X' || t === 'o' ? 'an integer is required' : 'a real number is required';
            typeError(`%${t} format: ${what}, not ${typeOf(v).name}`);
          }
        }
        const nv = typeof iv === 'boolean' ? (iv ? 1 : 0) : iv;
        spec = (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + (flags.includes('#') ? '#' : '') + (t === 'u' || t === 'i' ? 'd' : t);
        s = formatInt(nv, spec);
        if (hasPrec) {
          const neg = s[0] === '-' || s[0] === '+' || s[0] === ' ';
          const body = neg ? s.slice(1) : s;
          s = (neg ? s[0] : '') + body.padStart(Number(prec), '0');
        }
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const x = asFloat(v) ?? toFloat(v);
        spec = (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + (flags.includes('#') ? '#' : '') + '.' + (hasPrec ? prec || '0' : '6') + t;
        s = formatFloatSpec(x, parseSpec(spec, 'float'));
        break;
      }
      default:
        valueError(`unsupported format character '${t}' (0x${t.charCodeAt(0).toString(16)}) at index ${i - 1}`);
    }
    const w = Number(width || 0);
    if (strLen(s) < w) {
      if (left) s = s + ' '.repeat(w - strLen(s));
      else if (flags.includes('0') && 'diuxXoeEfFgG'.includes(t)) {
        const signed = s[0] === '-' || s[0] === '+' || s[0] === ' ';
        const sign = signed ? s[0] : '';
        const body = signed ? s.slice(1) : s;
        s = sign + body.padStart(w - sign.length, '0');
      } else s = ' '.repeat(w - strLen(s)) + s;
    }
    out += s;
  }
  if (ai < args.length && dict === null) typeError('not all arguments converted during string formatting');
  return out;
}

void roundHalfEven;
