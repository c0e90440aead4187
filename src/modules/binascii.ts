// The binascii module (Modules/binascii.c): hex and base64 conversions, crc32 and crc_hqx, and
// the Error/Incomplete exceptions. The quoted-printable and uu codecs are not provided yet.
import { PyValue, PyType, PyDict, PyModule, PyBuiltin, PyBytesObj, typeType, typeOf } from '../objects/object.js';
import { PyException, newException, typeError, valueError, Exception, ValueError } from '../objects/exceptions.js';
import { index, lenOf } from '../objects/abstract.js';
import { asBytes } from '../objects/bytes.js';
import { typeNew } from '../objects/typeobject.js';
import { clinicArgs, unpackArgs } from './itertools.js';

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
