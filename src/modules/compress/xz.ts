// Containers around LZMA (for _lzma.ts): the .xz stream format, the legacy .lzma ("alone") header, raw
// filter chains, and the integrity checks; liblzma's error classes (LzmaError kinds) where it reports them.
import { createHash, Hash } from 'node:crypto';
import { crc32 } from './crc32.js';
import { Dict, LzmaDecoder, Lzma2Decoder, LzmaError, NEED_MORE, DEC_EOPM, dataError, decodeLclppb, lzma2DictSize } from './lzma.js';

export const CHECK_NONE = 0;
export const CHECK_CRC32 = 1;
export const CHECK_CRC64 = 4;
export const CHECK_SHA256 = 10;
export const CHECK_UNKNOWN = 16;

export const FILTER_LZMA1 = 0x4000000000000001n;
export const FILTER_LZMA2 = 0x21;
export const FILTER_DELTA = 3;
export const FILTER_X86 = 4;
export const FILTER_POWERPC = 5;
export const FILTER_IA64 = 6;
export const FILTER_ARM = 7;
export const FILTER_ARMTHUMB = 8;
export const FILTER_SPARC = 9;
/** FILTER_LZMA1 as a Number-sized tag inside this module (the real ID needs 63 bits). */
export const ID_LZMA1 = -1;

/** One filter of a chain, options resolved. */
export interface Filter {
  id: number; // ID_LZMA1, FILTER_LZMA2, FILTER_DELTA or a BCJ id
  dictSize: number;
  lc: number;
  lp: number;
  pb: number;
  dist: number; // delta
  startOffset: number; // BCJ
  // encoder settings
  niceLen: number;
  depth: number;
  mode: number;
  mf: number;
}

function optionsError(): never {
  throw new LzmaError('options');
}
function formatError(): never {
  throw new LzmaError('format');
}

// ---------------------------------------------------------------------------
// Checks

let CRC64_LO: Int32Array | null = null;
let CRC64_HI: Int32Array | null = null;
/** Slicing by 4: table k (at k * 256) maps a byte k positions before the end of a 4-byte group. */
function crc64Tables(): void {
  const lo = new Int32Array(1024);
  const hi = new Int32Array(1024);
  // reflected polynomial 0xC96C5795D7870F42
  const PH = 0xc96c5795 | 0;
  const PL = 0xd7870f42 | 0;
  for (let i = 0; i < 256; i++) {
    let l = i;
    let h = 0;
    for (let k = 0; k < 8; k++) {
      const b = l & 1;
      l = (l >>> 1) | (h << 31);
      h >>>= 1;
      if (b) {
        l ^= PL;
        h ^= PH;
      }
    }
    lo[i] = l;
    hi[i] = h;
  }
  for (let k = 1; k < 4; k++) {
    for (let i = 0; i < 256; i++) {
      const l = lo[(k - 1) * 256 + i];
      const h = hi[(k - 1) * 256 + i];
      const x = l & 0xff;
      lo[k * 256 + i] = ((l >>> 8) | (h << 24)) ^ lo[x];
      hi[k * 256 + i] = (h >>> 8) ^ hi[x];
    }
  }
  CRC64_LO = lo;
  CRC64_HI = hi;
}

export class Check {
  crc = 0;
  lo = -1;
  hi = -1;
  hash: Hash | null = null;
  constructor(readonly id: number) {
    if (id === CHECK_SHA256) this.hash = createHash('sha256');
    if (id === CHECK_CRC64 && CRC64_LO === null) crc64Tables();
  }
  static size(id: number): number {
    return id === 0 ? 0 : 4 << Math.floor((id - 1) / 3);
  }
  update(b: Uint8Array): void {
    switch (this.id) {
      case CHECK_CRC32:
        this.crc = crc32(b, this.crc);
        break;
      case CHECK_CRC64: {
        const TL = CRC64_LO!;
        const TH = CRC64_HI!;
        let lo = this.lo;
        let hi = this.hi;
        const n = b.length;
        const n4 = n - (n & 3);
        let i = 0;
        for (; i < n4; i += 4) {
          const x = lo ^ (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24));
          const p = x & 0xff;
          const q = (x >>> 8) & 0xff;
          const r = (x >>> 16) & 0xff;
          const t = x >>> 24;
          lo = hi ^ TL[768 + p] ^ TL[512 + q] ^ TL[256 + r] ^ TL[t];
          hi = TH[768 + p] ^ TH[512 + q] ^ TH[256 + r] ^ TH[t];
        }
        for (; i < n; i++) {
          const x = (lo ^ b[i]) & 0xff;
          lo = ((lo >>> 8) | (hi << 24)) ^ TL[x];
          hi = (hi >>> 8) ^ TH[x];
        }
        this.lo = lo;
        this.hi = hi;
        break;
      }
      case CHECK_SHA256:
        this.hash!.update(b);
        break;
    }
  }
  digest(): Uint8Array {
    switch (this.id) {
      case CHECK_CRC32: {
        const c = this.crc;
        return Uint8Array.of(c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24);
      }
      case CHECK_CRC64: {
        const l = ~this.lo;
        const h = ~this.hi;
        return Uint8Array.of(l & 0xff, (l >>> 8) & 0xff, (l >>> 16) & 0xff, (l >>> 24) & 0xff,
          h & 0xff, (h >>> 8) & 0xff, (h >>> 16) & 0xff, (h >>> 24) & 0xff);
      }
      case CHECK_SHA256:
        return new Uint8Array(this.hash!.digest());
    }
    return new Uint8Array(0);
  }
}

export function isCheckSupported(id: number): boolean {
  return id === CHECK_NONE || id === CHECK_CRC32 || id === CHECK_CRC64 || id === CHECK_SHA256;
}

// ---------------------------------------------------------------------------
// Simple filters (before LZMA in a chain)

export interface SimpleCoder {
  /** Transform data; bytes it cannot finish yet are held back until more come or `last`. */
  code(data: Uint8Array, last: boolean): Uint8Array;
}

class Delta implements SimpleCoder {
  hist = new Uint8Array(256);
  p = 0;
  constructor(readonly dist: number, readonly encode: boolean) {}
  code(data: Uint8Array): Uint8Array {
    const out = new Uint8Array(data.length);
    const h = this.hist;
    const dist = this.dist;
    let p = this.p;
    for (let i = 0; i < data.length; i++) {
      const prev = h[(dist + p) & 0xff];
      const b = data[i];
      if (this.encode) {
        h[p-- & 0xff] = b;
        out[i] = (b - prev) & 0xff;
      } else {
        const v = (b + prev) & 0xff;
        out[i] = v;
        h[p-- & 0xff] = v;
      }
    }
    this.p = p & 0xff;
    return out;
  }
}

/**
 * A branch converter (BCJ): relative branch targets made absolute (encode) and back, over whole
 * instructions; a tail that may be the start of one waits for more data (or the end).
 */
type Convert = (b: Uint8Array, now: number, encode: boolean) => number;

class Bcj implements SimpleCoder {
  held = new Uint8Array(0);
  constructor(private pos: number, readonly encode: boolean, readonly conv: Convert) {}
  code(data: Uint8Array, last: boolean): Uint8Array {
    const buf = new Uint8Array(this.held.length + data.length);
    buf.set(this.held);
    buf.set(data, this.held.length);
    const n = this.conv(buf, this.pos >>> 0, this.encode);
    const done = last ? buf.length : n;
    this.held = buf.slice(done);
    this.pos += n;
    return buf.subarray(0, done);
  }
}

const X86_ALLOWED = [true, true, true, false, true, false, false, false];
const X86_BIT = [0, 1, 2, 2, 3, 3, 3, 3];

/** x86 CALL/JMP (E8/E9 rel32), with the prefix-byte heuristics of the original BCJ. */
function x86Converter(): Convert {
  let prevMask = 0;
  let prevPos = -5 >>> 0;
  const isMs = (x: number): boolean => x === 0 || x === 0xff;
  return (b, now, encode) => {
    const size = b.length;
    if (size < 5) return 0;
    if (((now - prevPos) >>> 0) > 5) prevPos = (now - 5) >>> 0;
    const limit = size - 5;
    let i = 0;
    while (i <= limit) {
      const op = b[i];
      if (op !== 0xe8 && op !== 0xe9) {
        i++;
        continue;
      }
      const offset = (now + i - prevPos) >>> 0;
      prevPos = (now + i) >>> 0;
      if (offset > 5) prevMask = 0;
      else for (let k = 0; k < offset; k++) prevMask = (prevMask & 0x77) << 1;
      let b4 = b[i + 4];
      if (isMs(b4) && X86_ALLOWED[(prevMask >>> 1) & 7] && prevMask >>> 1 < 0x10) {
        let src = ((b4 << 24) | (b[i + 3] << 16) | (b[i + 2] << 8) | b[i + 1]) >>> 0;
        let dest: number;
        for (;;) {
          dest = encode ? (src + now + i + 5) >>> 0 : (src - (now + i + 5)) >>> 0;
          if (prevMask === 0) break;
          const k = X86_BIT[prevMask >>> 1];
          b4 = (dest >>> (24 - k * 8)) & 0xff;
          if (!isMs(b4)) break;
          src = (dest ^ ((2 ** (32 - k * 8)) - 1)) >>> 0;
        }
        b[i + 4] = (dest >>> 24) & 1 ? 0xff : 0;
        b[i + 3] = (dest >>> 16) & 0xff;
        b[i + 2] = (dest >>> 8) & 0xff;
        b[i + 1] = dest & 0xff;
        i += 5;
        prevMask = 0;
      } else {
        i++;
        prevMask |= 1;
        if (isMs(b4)) prevMask |= 0x10;
      }
    }
    return i;
  };
}

/** PowerPC: big-endian "bl" (opcode 18, AA=0, LK=1). */
const powerpcConvert: Convert = (b, now, encode) => {
  let i = 0;
  for (; i + 4 <= b.length; i += 4) {
    if (b[i] >>> 2 !== 0x12 || (b[i + 3] & 3) !== 1) continue;
    const src = (((b[i] & 3) << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | (b[i + 3] & ~3)) >>> 0;
    const dest = encode ? (now + i + src) >>> 0 : (src - (now + i)) >>> 0;
    b[i] = 0x48 | ((dest >>> 24) & 3);
    b[i + 1] = (dest >>> 16) & 0xff;
    b[i + 2] = (dest >>> 8) & 0xff;
    b[i + 3] = (b[i + 3] & 3) | (dest & 0xfc);
  }
  return i;
};

/** IA-64: the branch slots of 16-byte bundles, by template. */
const IA64_BRANCH = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 6, 6, 0, 0, 7, 7, 4, 4, 0, 0, 4, 4, 0, 0];
const ia64Convert: Convert = (b, now, encode) => {
  let i = 0;
  for (; i + 16 <= b.length; i += 16) {
    const mask = IA64_BRANCH[b[i] & 0x1f];
    for (let slot = 0, bitPos = 5; slot < 3; slot++, bitPos += 41) {
      if (((mask >>> slot) & 1) === 0) continue;
      const bytePos = bitPos >>> 3;
      const bitRes = BigInt(bitPos & 7);
      let instr = 0n;
      for (let j = 0; j < 6; j++) instr |= BigInt(b[i + j + bytePos]) << BigInt(8 * j);
      let norm = instr >> bitRes;
      if (((norm >> 37n) & 0xfn) !== 5n || ((norm >> 9n) & 7n) !== 0n) continue;
      let src = Number((norm >> 13n) & 0xfffffn);
      src |= Number((norm >> 36n) & 1n) << 20;
      src = (src << 4) >>> 0;
      let dest = encode ? (now + i + src) >>> 0 : (src - (now + i)) >>> 0;
      dest >>>= 4;
      norm &= ~(0x8fffffn << 13n);
      norm |= BigInt(dest & 0xfffff) << 13n;
      norm |= BigInt(dest & 0x100000) << 16n;
      instr &= (1n << bitRes) - 1n;
      instr |= norm << bitRes;
      for (let j = 0; j < 6; j++) b[i + j + bytePos] = Number((instr >> BigInt(8 * j)) & 0xffn);
    }
  }
  return i;
};

/** ARM: little-endian BL (cond AL). */
const armConvert: Convert = (b, now, encode) => {
  let i = 0;
  for (; i + 4 <= b.length; i += 4) {
    if (b[i + 3] !== 0xeb) continue;
    const src = ((b[i + 2] << 16) | (b[i + 1] << 8) | b[i]) * 4;
    let dest = encode ? (now + i + 8 + src) >>> 0 : (src - (now + i + 8)) >>> 0;
    dest >>>= 2;
    b[i + 2] = (dest >>> 16) & 0xff;
    b[i + 1] = (dest >>> 8) & 0xff;
    b[i] = dest & 0xff;
  }
  return i;
};

/** ARM Thumb: the BL instruction pair. */
const armthumbConvert: Convert = (b, now, encode) => {
  let i = 0;
  for (; i + 4 <= b.length; i += 2) {
    if ((b[i + 1] & 0xf8) !== 0xf0 || (b[i + 3] & 0xf8) !== 0xf8) continue;
    const src = ((((b[i + 1] & 7) << 19) | (b[i] << 11) | ((b[i + 3] & 7) << 8) | b[i + 2]) << 1) >>> 0;
    let dest = encode ? (now + i + 4 + src) >>> 0 : (src - (now + i + 4)) >>> 0;
    dest >>>= 1;
    b[i + 1] = 0xf0 | ((dest >>> 19) & 7);
    b[i] = (dest >>> 11) & 0xff;
    b[i + 3] = 0xf8 | ((dest >>> 8) & 7);
    b[i + 2] = dest & 0xff;
    i += 2;
  }
  return i;
};

/** SPARC: CALL. */
const sparcConvert: Convert = (b, now, encode) => {
  let i = 0;
  for (; i + 4 <= b.length; i += 4) {
    if (!((b[i] === 0x40 && (b[i + 1] & 0xc0) === 0) || (b[i] === 0x7f && (b[i + 1] & 0xc0) === 0xc0))) continue;
    const src = (((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) << 2) >>> 0;
    let dest = encode ? (now + i + src) >>> 0 : (src - (now + i)) >>> 0;
    dest >>>= 2;
    dest = ((((0 - ((dest >>> 22) & 1)) << 22) & 0x3fffffff) | (dest & 0x3fffff) | 0x40000000) >>> 0;
    b[i] = dest >>> 24;
    b[i + 1] = (dest >>> 16) & 0xff;
    b[i + 2] = (dest >>> 8) & 0xff;
    b[i + 3] = dest & 0xff;
  }
  return i;
};

/** The unit a branch filter's start offset must be a multiple of. */
const BCJ_ALIGN: { [id: number]: number } = { [FILTER_X86]: 1, [FILTER_POWERPC]: 4, [FILTER_IA64]: 16, [FILTER_ARM]: 4, [FILTER_ARMTHUMB]: 2, [FILTER_SPARC]: 4 };

export function simpleCoder(f: Filter, encode: boolean): SimpleCoder {
  if (f.id !== FILTER_DELTA && f.startOffset % (BCJ_ALIGN[f.id] ?? 1) !== 0) optionsError();
  switch (f.id) {
    case FILTER_DELTA: return new Delta(f.dist, encode);
    case FILTER_X86: return new Bcj(f.startOffset, encode, x86Converter());
    case FILTER_POWERPC: return new Bcj(f.startOffset, encode, powerpcConvert);
    case FILTER_IA64: return new Bcj(f.startOffset, encode, ia64Convert);
    case FILTER_ARM: return new Bcj(f.startOffset, encode, armConvert);
    case FILTER_ARMTHUMB: return new Bcj(f.startOffset, encode, armthumbConvert);
    case FILTER_SPARC: return new Bcj(f.startOffset, encode, sparcConvert);
  }
  optionsError();
}

// ---------------------------------------------------------------------------
// Variable-length integers

/** A VLI at b[p..end): [value, next position], or null when incomplete; malformed ones are data errors. */
function readVli(b: Uint8Array, p: number, end: number): [number, number] | null {
  let v = 0;
  for (let i = 0; i < 9; i++) {
    if (p >= end) return null;
    const x = b[p++];
    v += (x & 0x7f) * 2 ** (7 * i);
    if (!(x & 0x80)) {
      if (x === 0 && i > 0) dataError();
      return [v, p];
    }
  }
  dataError();
}

export function writeVli(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function le32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
}

/** The 2^n or 2^n + 2^(n-1) dictionary sizes liblzma's .lzma auto-detection accepts. */
function plausibleDictSize(d: number): boolean {
  if (d === 0xffffffff) return true;
  let x = d - 1;
  x |= x >>> 2;
  x |= x >>> 3;
  x |= x >>> 4;
  x |= x >>> 8;
  x |= x >>> 16;
  x = (x >>> 0) + 1;
  return x === d;
}

/** Decode an xz filter's properties (block headers, _decode_filter_properties). */
export function decodeFilterProps(id: number, props: Uint8Array): Filter {
  const f: Filter = { id, dictSize: 0, lc: 0, lp: 0, pb: 0, dist: 1, startOffset: 0, niceLen: 0, depth: 0, mode: 0, mf: 0 };
  if (id === ID_LZMA1) {
    if (props.length !== 5) optionsError();
    const p = decodeLclppb(props[0]);
    if (p === null || p[0] + p[1] > 4) optionsError();
    [f.lc, f.lp, f.pb] = p;
    f.dictSize = le32(props, 1);
  } else if (id === FILTER_LZMA2) {
    if (props.length !== 1) optionsError();
    const d = lzma2DictSize(props[0]);
    if (d < 0) optionsError();
    f.dictSize = d;
  } else if (id === FILTER_DELTA) {
    if (props.length !== 1) optionsError();
    f.dist = props[0] + 1;
  } else if (id >= FILTER_X86 && id <= FILTER_SPARC) {
    if (props.length === 4) f.startOffset = le32(props, 0);
    else if (props.length !== 0) optionsError();
  } else optionsError();
  return f;
}

// ---------------------------------------------------------------------------
// Decoder

export const FORMAT_AUTO = 0;
export const FORMAT_XZ = 1;
export const FORMAT_ALONE = 2;
export const FORMAT_RAW = 3;

const S_START = 0;
const S_XZ_HEADER = 1;
const S_BLOCK_START = 2;
const S_BLOCK_DATA = 3;
const S_BLOCK_PAD = 4;
const S_BLOCK_CHECK = 5;
const S_INDEX = 6;
const S_FOOTER = 7;
const S_ALONE_HEADER = 8;
const S_LZMA1 = 9;
const S_LZMA2 = 10; // raw LZMA2
const S_EOF = 11;

const ROUND = 1 << 16;

export class XzDecoder {
  buf = new Uint8Array(0);
  bufLen = 0;
  pos = 0; // input consumed
  state = S_START;
  failed: LzmaError | null = null;
  check = CHECK_UNKNOWN;
  streamFlags = 0;
  // output waiting to be taken
  pend: Uint8Array[] = [];
  pendOff = 0;
  // LZMA layer
  lz1: LzmaDecoder | null = null;
  lz1Left = -1; // known uncompressed size left (.lzma), or -1
  lz2: Lzma2Decoder | null = null;
  filters: SimpleCoder[] = [];
  // current .xz block
  blockCheck: Check | null = null;
  headerSize = 0;
  declaredCompressed = -1;
  declaredUncompressed = -1;
  compressed = 0;
  uncompressed = 0;
  records: number[] = []; // unpadded, uncompressed, ...
  indexSize = 0;

  constructor(readonly format: number, readonly memlimit: number, readonly rawChain: Filter[] | null) {
    if (format === FORMAT_ALONE || format === FORMAT_RAW) this.check = CHECK_NONE;
    if (format === FORMAT_RAW) this.startRaw(rawChain!);
  }

  get eof(): boolean {
    return this.state === S_EOF;
  }

  feed(data: Uint8Array): void {
    if (this.pos > 0) {
      this.buf.copyWithin(0, this.pos, this.bufLen);
      this.bufLen -= this.pos;
      this.pos = 0;
    }
    if (this.bufLen + data.length > this.buf.length) {
      const nb = new Uint8Array(Math.max(this.bufLen + data.length, this.buf.length * 2, 4096));
      nb.set(this.buf.subarray(0, this.bufLen));
      this.buf = nb;
    }
    this.buf.set(data, this.bufLen);
    this.bufLen += data.length;
  }

  unused(): Uint8Array {
    return this.buf.slice(this.pos, this.bufLen);
  }

  private startRaw(chain: Filter[]): void {
    const last = chain[chain.length - 1];
    this.setFilters(chain);
    if (last.id === ID_LZMA1) {
      this.startLzma1(last.dictSize, last.lc, last.lp, last.pb, -1);
      this.state = S_LZMA1;
    } else {
      this.lz2 = new Lzma2Decoder(last.dictSize);
      this.state = S_LZMA2;
    }
  }

  private setFilters(chain: Filter[]): void {
    this.filters = [];
    for (let i = chain.length - 2; i >= 0; i--) this.filters.push(simpleCoder(chain[i], false));
  }

  private memCheck(dictSize: number, lc: number, lp: number): void {
    // liblzma's estimate: the dictionary, the probabilities and a fixed part.
    const use = dictSize + 2 * (0x300 << (lc + lp)) + 32768;
    if (use > this.memlimit) throw new LzmaError('memlimit');
  }

  private startLzma1(dictSize: number, lc: number, lp: number, pb: number, size: number): void {
    const lz = new LzmaDecoder(new Dict(Math.max(dictSize, 4096)));
    lz.setProps(lc, lp, pb);
    lz.resetState();
    this.lz1 = lz;
    this.lz1Left = size;
    this.rcStarted = false;
  }
  rcStarted = false;
  lz1Eopm = false;

  /** Output produced by the LZMA layer, through the filters, into the check and the pending list. */
  private emit(d: Dict, from: number, last: boolean): void {
    let out = new Uint8Array(d.pos - from);
    d.copyOut(from, d.pos, out, 0);
    for (const f of this.filters) out = f.code(out, last) as Uint8Array<ArrayBuffer>;
    if (out.length === 0) return;
    if (this.blockCheck !== null) this.blockCheck.update(out);
    this.uncompressed += out.length;
    this.pend.push(out);
  }

  /** Decode until `room` bytes are out (-1: all the input allows); [output, stopped for room]. */
  run(room: number): Uint8Array {
    // liblzma refuses any call after an error as a programming error.
    if (this.failed !== null) throw new LzmaError('prog');
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        while (this.pend.length > 0 && (room < 0 || total < room)) {
          const c = this.pend[0];
          const want = room < 0 ? c.length - this.pendOff : Math.min(c.length - this.pendOff, room - total);
          chunks.push(c.subarray(this.pendOff, this.pendOff + want));
          total += want;
          this.pendOff += want;
          if (this.pendOff === c.length) {
            this.pend.shift();
            this.pendOff = 0;
          }
        }
        if (room >= 0 && total >= room) break;
        if (!this.step(room < 0 ? ROUND : Math.min(ROUND, room - total))) break;
      }
    } catch (e) {
      if (e instanceof LzmaError) this.failed = e;
      throw e;
    }
    if (chunks.length === 1) return chunks[0].slice();
    const out = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }

  /** One step of the machine; false when nothing more can happen without input. */
  private step(want: number): boolean {
    const b = this.buf;
    const avail = this.bufLen - this.pos;
    const p = this.pos;
    switch (this.state) {
      case S_START:
        if (avail < 1) return false;
        if (this.format === FORMAT_XZ || (this.format === FORMAT_AUTO && b[p] === 0xfd)) this.state = S_XZ_HEADER;
        else {
          this.state = S_ALONE_HEADER;
          if (this.format === FORMAT_AUTO) this.check = CHECK_NONE;
        }
        return true;
      case S_XZ_HEADER: {
        const magic = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
        for (let i = 0; i < Math.min(6, avail); i++) if (b[p + i] !== magic[i]) formatError();
        if (avail < 12) return false;
        if (crc32(b.subarray(p + 6, p + 8), 0) !== le32(b, p + 8)) dataError();
        if (b[p + 6] !== 0 || b[p + 7] & 0xf0) optionsError();
        this.streamFlags = b[p + 7];
        this.check = b[p + 7] & 0x0f;
        this.pos += 12;
        this.state = S_BLOCK_START;
        return true;
      }
      case S_BLOCK_START: {
        if (avail < 1) return false;
        if (b[p] === 0) {
          this.state = S_INDEX;
          return true;
        }
        const hsize = (b[p] + 1) * 4;
        if (avail < hsize) return false;
        this.parseBlockHeader(b.subarray(p, p + hsize));
        this.headerSize = hsize;
        this.pos += hsize;
        this.state = S_BLOCK_DATA;
        return true;
      }
      case S_BLOCK_DATA:
      case S_LZMA2: {
        const lz2 = this.lz2!;
        const d = lz2.dict;
        const from = d.pos;
        const np = lz2.run(b, p, this.bufLen, d.pos + want);
        this.compressed += np - p;
        this.pos = np;
        if (this.declaredCompressed >= 0 && this.compressed > this.declaredCompressed) dataError();
        const done = lz2.done;
        if (d.pos > from || done) this.emit(d, from, done);
        if (done) {
          if (this.state === S_LZMA2) this.state = S_EOF;
          else {
            if (this.declaredCompressed >= 0 && this.compressed !== this.declaredCompressed) dataError();
            if (this.declaredUncompressed >= 0 && this.uncompressed !== this.declaredUncompressed) dataError();
            this.compressedUnpadded = this.compressed;
            this.state = S_BLOCK_PAD;
          }
          return true;
        }
        return d.pos > from || np > p;
      }
      case S_BLOCK_PAD: {
        while (this.compressed % 4 !== 0) {
          if (this.pos >= this.bufLen) return false;
          if (b[this.pos++] !== 0) dataError();
          this.compressed++;
        }
        this.state = S_BLOCK_CHECK;
        return true;
      }
      case S_BLOCK_CHECK: {
        const n = Check.size(this.check);
        if (avail < n) return false;
        const c = this.blockCheck!;
        if (isCheckSupported(this.check)) {
          const dg = c.digest();
          for (let i = 0; i < n; i++) if (dg[i] !== b[p + i]) dataError();
        }
        this.pos += n;
        const unpadded = this.headerSize + this.compressedUnpadded + n;
        this.records.push(unpadded, this.uncompressed);
        this.state = S_BLOCK_START;
        return true;
      }
      case S_INDEX: {
        let q = p + 1;
        const end = this.bufLen;
        const r = readVli(b, q, end);
        if (r === null) return false;
        const count = r[0];
        q = r[1];
        if (count * 2 !== this.records.length) dataError();
        for (let i = 0; i < count * 2; i++) {
          const v = readVli(b, q, end);
          if (v === null) return false;
          if (v[0] !== this.records[i]) dataError();
          q = v[1];
        }
        while ((q - p) % 4 !== 0) {
          if (q >= end) return false;
          if (b[q++] !== 0) dataError();
        }
        if (end - q < 4) return false;
        if (crc32(b.subarray(p, q), 0) !== le32(b, q)) dataError();
        this.indexSize = q + 4 - p;
        this.pos = q + 4;
        this.state = S_FOOTER;
        return true;
      }
      case S_FOOTER: {
        if (avail < 12) return false;
        if (b[p + 10] !== 0x59 || b[p + 11] !== 0x5a) dataError();
        if (crc32(b.subarray(p + 4, p + 10), 0) !== le32(b, p)) dataError();
        if ((le32(b, p + 4) + 1) * 4 !== this.indexSize) dataError();
        if (b[p + 8] !== 0 || b[p + 9] !== this.streamFlags) dataError();
        this.pos += 12;
        this.state = S_EOF;
        return true;
      }
      case S_ALONE_HEADER: {
        const picky = this.format === FORMAT_AUTO;
        if (avail >= 1) {
          const pr = decodeLclppb(b[p]);
          if (pr === null || pr[0] + pr[1] > 4) formatError();
        }
        if (avail >= 5 && picky && !plausibleDictSize(le32(b, p + 1))) formatError();
        if (avail < 13) return false;
        const lo = le32(b, p + 5);
        const hi = le32(b, p + 9);
        let size = -1;
        if (!(lo === 0xffffffff && hi === 0xffffffff)) {
          if (picky && hi >= 64) formatError();
          size = hi * 2 ** 32 + lo;
        }
        const pr = decodeLclppb(b[p])!;
        const dictSize = le32(b, p + 1);
        this.memCheck(dictSize, pr[0], pr[1]);
        this.startLzma1(dictSize, pr[0], pr[1], pr[2], size);
        this.pos += 13;
        this.state = S_LZMA1;
        return true;
      }
      case S_LZMA1: {
        const lz = this.lz1!;
        lz.inBuf = b;
        lz.inPos = p;
        lz.inEnd = this.bufLen;
        if (!this.rcStarted) {
          if (this.lz1Left === 0) {
            this.state = S_EOF;
            return true;
          }
          try {
            lz.rcInit();
          } catch (e) {
            if (e === NEED_MORE) return false;
            throw e;
          }
          this.rcStarted = true;
          this.pos = lz.inPos;
          return true;
        }
        const d = lz.dict;
        if (this.lz1Eopm) {
          // After the end marker, the range decoder's last normalisation byte, and a zero code.
          let fin: boolean;
          try {
            fin = lz.rcFinished();
          } catch (e) {
            if (e === NEED_MORE) return false;
            throw e;
          }
          this.pos = lz.inPos;
          if (!fin) dataError();
          this.emit(d, d.pos, true);
          this.state = S_EOF;
          return true;
        }
        const from = d.pos;
        let limit = d.pos + want;
        if (this.lz1Left >= 0) limit = Math.min(limit, d.pos + this.lz1Left);
        let r: number;
        try {
          r = lz.decode(limit, false);
        } catch (e) {
          if (e !== NEED_MORE) throw e;
          r = -1;
        }
        this.pos = lz.inPos;
        if (this.lz1Left >= 0) this.lz1Left -= d.pos - from;
        let ended = false;
        if (r === DEC_EOPM) {
          if (this.lz1Left > 0) dataError();
          this.lz1Eopm = true;
          if (d.pos > from) this.emit(d, from, false);
          return true;
        } else if (this.lz1Left === 0 && lz.remLen === 0) {
          ended = true;
        }
        if (d.pos > from || ended) this.emit(d, from, ended);
        if (ended) {
          this.state = S_EOF;
          return true;
        }
        return r !== -1 || d.pos > from;
      }
    }
    return false;
  }

  compressedUnpadded = 0;

  private parseBlockHeader(h: Uint8Array): void {
    const n = h.length;
    if (crc32(h.subarray(0, n - 4), 0) !== le32(h, n - 4)) dataError();
    const flags = h[1];
    if (flags & 0x3c) optionsError();
    let q = 2;
    const end = n - 4;
    const vli = (): number => {
      const r = readVli(h, q, end);
      if (r === null) optionsError();
      q = r[1];
      return r[0];
    };
    this.declaredCompressed = flags & 0x40 ? vli() : -1;
    this.declaredUncompressed = flags & 0x80 ? vli() : -1;
    if (this.declaredCompressed === 0) dataError();
    const chain: Filter[] = [];
    const nf = (flags & 3) + 1;
    for (let i = 0; i < nf; i++) {
      const id = vli();
      const psize = vli();
      if (q + psize > end) optionsError();
      const props = h.subarray(q, q + psize);
      q += psize;
      // LZMA1 is not allowed in .xz; only the last filter may be LZMA2.
      if (id !== FILTER_LZMA2 && !(id >= FILTER_DELTA && id <= FILTER_SPARC)) optionsError();
      chain.push(decodeFilterProps(id, props));
    }
    for (let i = 0; i < nf; i++) if ((chain[i].id === FILTER_LZMA2) !== (i === nf - 1)) optionsError();
    while (q < end) if (h[q++] !== 0) optionsError();
    const last = chain[nf - 1];
    this.memCheck(last.dictSize, 4, 0);
    this.setFilters(chain);
    this.lz2 = new Lzma2Decoder(last.dictSize);
    this.blockCheck = new Check(this.check);
    this.compressed = 0;
    this.uncompressed = 0;
  }
}
