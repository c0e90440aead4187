// The binascii module (Modules/binascii.c): hex, base64, uu and quoted-printable conversions,
// crc32 and crc_hqx, and the Error/Incomplete exceptions.
import { PyValue, PyType, PyDict, PyModule, PyBuiltin, PyBytesObj, typeType, typeOf } from '../objects/object.js';
import { PyException, newException, typeError, valueError, Exception, ValueError } from '../objects/exceptions.js';
import { index, lenOf, truthy } from '../objects/abstract.js';
import { asBytes } from '../objects/bytes.js';
import { typeNew } from '../objects/typeobject.js';
import { clinicArgs, unpackArgs } from './args.js';

let binasciiError: PyType;
let incompleteError: PyType;
function err(msg: string): never {
  throw new PyException(newException(binasciiError, [msg]));
}

/** A bytes-like argument (the 'y*' converter). */
function dataArg(v: PyValue): Uint8Array {
  const b = asBytes(v);
  if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

/** The ascii_buffer converter: bytes-like, or a str of ASCII characters. */
function asciiArg(v: PyValue): Uint8Array {
  if (typeof v === 'string') {
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c > 127) valueError('string argument should contain only ASCII characters');
      out[i] = c;
    }
    return out;
  }
  const b = asBytes(v);
  if (b === undefined) typeError(`argument should be bytes, buffer or ASCII string, not '${typeOf(v).name}'`);
  return b;
}

/** An 'I' (bitwise) argument: any int, truncated to 32 bits. */
function uint32Arg(v: PyValue): number {
  if (typeof v === 'number') return v >>> 0;
  if (typeOf(v).lookup('__index__') === undefined && typeof v !== 'boolean' && typeof v !== 'bigint') {
    typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  }
  return Number(BigInt.asUintN(32, BigInt(index(v))));
}

// ---------------------------------------------------------------------------
// hex

const HEX = '0123456789abcdef';

/** The hex of data with an optional separator every |perSep| bytes (counted from the right when positive). */
export function hexWithSep(data: Uint8Array, sep: number, perSep: number): Uint8Array {
  const n = data.length;
  if (sep < 0 || perSep === 0 || n === 0) {
    const out = new Uint8Array(n * 2);
    for (let i = 0; i < n; i++) {
      out[2 * i] = HEX.charCodeAt(data[i] >> 4);
      out[2 * i + 1] = HEX.charCodeAt(data[i] & 15);
    }
    return out;
  }
  const group = Math.abs(perSep);
  const nsep = Math.floor((n - 1) / group);
  const out = new Uint8Array(n * 2 + nsep);
  let o = 0;
  for (let i = 0; i < n; i++) {
    // Positive: groups end at the right end; negative: groups start at the left end.
    if (i > 0 && (perSep > 0 ? (n - i) % group === 0 : i % group === 0)) out[o++] = sep;
    out[o++] = HEX.charCodeAt(data[i] >> 4);
    out[o++] = HEX.charCodeAt(data[i] & 15);
  }
  return out;
}

function sepArg(v: PyValue | undefined): number {
  if (v === undefined) return -1;
  let c: number;
  if (typeof v === 'string') {
    if (lenOf(v) !== 1) valueError('sep must be length 1.');
    c = v.codePointAt(0)!;
    if (c > 127) valueError('sep must be ASCII.');
  } else {
    const b = asBytes(v);
    if (b === undefined) lenOf(v); // raises "object of type ... has no len()"
    if (b === undefined || b.length !== 1) valueError('sep must be length 1.');
    c = b[0];
  }
  return c;
}

function hexlify(name: string) {
  return (args: PyValue[], kw: string[] | null): PyValue => {
    const [data, sep, per] = clinicArgs(name, ['data', 'sep', 'bytes_per_sep'], args, kw, 1);
    const d = dataArg(data!);
    const s = sepArg(sep);
    const p = per === undefined ? 1 : Number(index(per));
    return new PyBytesObj(hexWithSep(d, s, p));
  };
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function unhexlify(name: string) {
  return (args: PyValue[], kw: string[] | null): PyValue => {
    const [hs] = clinicArgs(name, ['hexstr'], args, kw, 1);
    const s = asciiArg(hs!);
    if (s.length % 2 !== 0) err('Odd-length string');
    const out = new Uint8Array(s.length / 2);
    for (let i = 0; i < out.length; i++) {
      const hi = hexVal(s[2 * i]);
      const lo = hexVal(s[2 * i + 1]);
      if (hi < 0 || lo < 0) err('Non-hexadecimal digit found');
      out[i] = (hi << 4) | lo;
    }
    return new PyBytesObj(out);
  };
}

// ---------------------------------------------------------------------------
// base64

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_DECODE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_DECODE[B64.charCodeAt(i)] = i;

function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const n = data.length;
  const out = new Uint8Array(Math.floor(n / 4) * 3 + 3);
  let o = 0;
  let quad = 0;
  let left = 0;
  let pads = 0;
  let padding = false;
  if (strict && n > 0 && data[0] === 61) err('Leading padding not allowed');
  for (let i = 0; i < n; i++) {
    const ch = data[i];
    if (ch === 61) {
      padding = true;
      if (strict && quad === 0) err('Excess padding not allowed');
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < n) err('Excess data after padding');
        return out.slice(0, o);
      }
      continue;
    }
    const v = B64_DECODE[ch];
    if (v < 0) {
      if (strict) err('Only base64 data is allowed');
      continue;
    }
    if (strict && padding) err('Discontinuous padding not allowed');
    pads = 0;
    switch (quad) {
      case 0:
        quad = 1;
        left = v;
        break;
      case 1:
        quad = 2;
        out[o++] = ((left << 2) | (v >> 4)) & 0xff;
        left = v & 0x0f;
        break;
      case 2:
        quad = 3;
        out[o++] = ((left << 4) | (v >> 2)) & 0xff;
        left = v & 0x03;
        break;
      default:
        quad = 0;
        out[o++] = ((left << 6) | v) & 0xff;
        left = 0;
    }
  }
  if (quad !== 0) {
    if (quad === 1) {
      err(`Invalid base64-encoded string: number of data characters (${Math.floor(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
    }
    err('Incorrect padding');
  }
  return out.slice(0, o);
}

export function b2aBase64(d: Uint8Array, newline: boolean): Uint8Array {
  const n = d.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const x = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
    out[o++] = B64.charCodeAt(x >> 18);
    out[o++] = B64.charCodeAt((x >> 12) & 63);
    out[o++] = B64.charCodeAt((x >> 6) & 63);
    out[o++] = B64.charCodeAt(x & 63);
  }
  if (i < n) {
    const x = (d[i] << 16) | (i + 1 < n ? d[i + 1] << 8 : 0);
    out[o++] = B64.charCodeAt(x >> 18);
    out[o++] = B64.charCodeAt((x >> 12) & 63);
    out[o++] = i + 1 < n ? B64.charCodeAt((x >> 6) & 63) : 61;
    out[o++] = 61;
  }
  if (newline) out[o++] = 10;
  return out;
}

// ---------------------------------------------------------------------------
// uu

function a2bUu(d: Uint8Array): Uint8Array {
  // The length byte; an empty line reads C's terminating NUL, as binascii.c does.
  let binLen = ((d.length > 0 ? d[0] : 0) - 32) & 63;
  const out = new Uint8Array(binLen);
  let o = 0;
  let i = 1;
  let left = 0;
  let bits = 0;
  for (; binLen > 0; i++) {
    let c = i < d.length ? d[i] : 0;
    if (c === 10 || c === 13 || i >= d.length) c = 0;
    else {
      if (c < 32 || c > 96) err('Illegal char');
      c = (c - 32) & 63;
    }
    left = (left << 6) | c;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (left >> bits) & 0xff;
      left &= (1 << bits) - 1;
      binLen--;
    }
  }
  for (; i < d.length; i++) {
    const c = d[i];
    if (c !== 32 && c !== 96 && c !== 10 && c !== 13) err('Trailing garbage');
  }
  return out;
}

function b2aUu(d: Uint8Array, backtick: boolean): Uint8Array {
  if (d.length > 45) err('At most 45 bytes at once');
  const out: number[] = [backtick && d.length === 0 ? 96 : 32 + d.length];
  let left = 0;
  let bits = 0;
  for (let i = 0, n = d.length; n > 0 || bits !== 0; n--, i++) {
    left = ((left << 8) | (n > 0 ? d[i] : 0)) & 0xffffff;
    bits += 8;
    while (bits >= 6) {
      const c = (left >> (bits - 6)) & 0x3f;
      bits -= 6;
      out.push(backtick && c === 0 ? 96 : c + 32);
    }
  }
  out.push(10);
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------
// quoted-printable

function a2bQp(d: Uint8Array, header: boolean): Uint8Array {
  const out = new Uint8Array(d.length);
  let o = 0;
  const n = d.length;
  for (let i = 0; i < n;) {
    const c = d[i];
    if (c === 61) {
      i++;
      if (i >= n) break;
      if (d[i] === 10 || d[i] === 13) {
        // Soft line break: skip to just past the newline.
        if (d[i] !== 10) while (i < n && d[i] !== 10) i++;
        if (i < n) i++;
      } else if (d[i] === 61) {
        out[o++] = 61;
        i++;
      } else if (i + 1 < n && hexVal(d[i]) >= 0 && hexVal(d[i + 1]) >= 0) {
        out[o++] = (hexVal(d[i]) << 4) | hexVal(d[i + 1]);
        i += 2;
      } else out[o++] = 61;
    } else if (header && c === 95) {
      out[o++] = 32;
      i++;
    } else {
      out[o++] = c;
      i++;
    }
  }
  return out.slice(0, o);
}

const QP_LINE = 76;
const HEXU = '0123456789ABCDEF';

function b2aQp(d: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const n = d.length;
  // Line ends are all written as the first one found is (CRLF or LF).
  const nl = d.indexOf(10);
  const crlf = nl > 0 && d[nl - 1] === 13;
  const out: number[] = [];
  const softBreak = (): void => {
    out.push(61);
    if (crlf) out.push(13);
    out.push(10);
  };
  let linelen = 0;
  for (let i = 0; i < n;) {
    const c = d[i];
    const needsQuote = c > 126 || c === 61 || (header && c === 95) ||
      (c === 46 && linelen === 0 && (i + 1 === n || d[i + 1] === 10 || d[i + 1] === 13 || d[i + 1] === 0)) ||
      (!istext && (c === 13 || c === 10)) ||
      ((c === 9 || c === 32) && i + 1 === n) ||
      (c < 33 && c !== 13 && c !== 10 && (quotetabs || (c !== 9 && c !== 32)));
    if (needsQuote) {
      if (linelen + 3 >= QP_LINE) {
        softBreak();
        linelen = 0;
      }
      out.push(61, HEXU.charCodeAt(c >> 4), HEXU.charCodeAt(c & 15));
      i++;
      linelen += 3;
    } else if (istext && (c === 10 || (i + 1 < n && c === 13 && d[i + 1] === 10))) {
      linelen = 0;
      // Whitespace before a line end is quoted.
      const last = out.length > 0 ? out[out.length - 1] : -1;
      if (last === 32 || last === 9) {
        out[out.length - 1] = 61;
        out.push(HEXU.charCodeAt(last >> 4), HEXU.charCodeAt(last & 15));
      }
      if (crlf) out.push(13);
      out.push(10);
      i += c === 13 ? 2 : 1;
    } else {
      if (i + 1 !== n && d[i + 1] !== 10 && linelen + 1 >= QP_LINE) {
        softBreak();
        linelen = 0;
      }
      linelen++;
      out.push(header && c === 32 ? 95 : c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------
// CRCs

const CRC32_TABLE = new Uint32Array(256);
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32_TABLE[i] = c >>> 0;
}

export function crc32(d: Uint8Array, crc: number): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < d.length; i++) c = CRC32_TABLE[(c ^ d[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** CRC-CCITT (XModem polynomial 0x1021), as binhex uses. */
function crcHqx(d: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (let i = 0; i < d.length; i++) {
    c ^= d[i] << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c;
}

// ---------------------------------------------------------------------------

export function makeBinasciiModule(): PyModule {
  if (binasciiError === undefined) {
    const ns = new PyDict();
    ns.setStr('__module__', 'binascii');
    binasciiError = typeNew(typeType, 'Error', [ValueError], ns, null);
    const ns2 = new PyDict();
    ns2.setStr('__module__', 'binascii');
    incompleteError = typeNew(typeType, 'Incomplete', [Exception], ns2, null);
  }
  const d = new PyDict();
  const m = new PyModule('binascii', d);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => d.setStr(name, new PyBuiltin(name, fn));
  d.setStr('Error', binasciiError);
  d.setStr('Incomplete', incompleteError);
  def('hexlify', hexlify('hexlify'));
  def('b2a_hex', hexlify('b2a_hex'));
  def('unhexlify', unhexlify('unhexlify'));
  def('a2b_hex', unhexlify('a2b_hex'));
  def('a2b_base64', (args, kw) => {
    const [data, strict] = clinicArgs('a2b_base64', ['data', 'strict_mode'], args, kw, 1, 1);
    return new PyBytesObj(a2bBase64(asciiArg(data!), strict === undefined ? false : strict === true || (strict !== false && index(strict) !== 0)));
  });
  def('b2a_base64', (args, kw) => {
    const [data, nl] = clinicArgs('b2a_base64', ['data', 'newline'], args, kw, 1, 1);
    return new PyBytesObj(b2aBase64(dataArg(data!), nl === undefined ? true : nl === true || (nl !== false && index(nl) !== 0)));
  });
  def('a2b_uu', (args, kw) => {
    unpackArgs('a2b_uu', args, kw, 1, 1);
    return new PyBytesObj(a2bUu(asciiArg(args[0])));
  });
  def('b2a_uu', (args, kw) => {
    const [data, bt] = clinicArgs('b2a_uu', ['data', 'backtick'], args, kw, 1, 1);
    return new PyBytesObj(b2aUu(dataArg(data!), bt !== undefined && truthy(bt)));
  });
  def('a2b_qp', (args, kw) => {
    const [data, header] = clinicArgs('a2b_qp', ['data', 'header'], args, kw, 1);
    return new PyBytesObj(a2bQp(asciiArg(data!), header !== undefined && truthy(header)));
  });
  def('b2a_qp', (args, kw) => {
    const [data, qt, it, hd] = clinicArgs('b2a_qp', ['data', 'quotetabs', 'istext', 'header'], args, kw, 1);
    return new PyBytesObj(b2aQp(dataArg(data!), qt !== undefined && truthy(qt), it === undefined || truthy(it), hd !== undefined && truthy(hd)));
  });
  def('crc32', (args, kw) => {
    unpackArgs('crc32', args, kw, 1, 2);
    const data = dataArg(args[0]);
    return crc32(data, args.length > 1 ? uint32Arg(args[1]) : 0);
  });
  def('crc_hqx', (args, kw) => {
    unpackArgs('crc_hqx', args, kw, 2, 2);
    const data = dataArg(args[0]);
    return crcHqx(data, uint32Arg(args[1]));
  });
  return m;
}
