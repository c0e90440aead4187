// LZMA/LZMA2 encoding and the .xz/.lzma/raw writers (for _lzma.ts). A hash-chain match finder with
// greedy parsing, one step of lazy evaluation and repeat-distance checks, over a real range coder: the
// output is valid for liblzma but larger than its optimal parser's, and never byte-identical to it.
import { crc32 } from './crc32.js';
import {
  LzmaError, probCount, IS_MATCH, IS_REP, IS_REP_G0, IS_REP_G1, IS_REP_G2, IS_REP0_LONG, POS_SLOT, SPEC_POS, ALIGN,
  LEN_CODER, REP_LEN_CODER, LITERAL, L_CHOICE, L_CHOICE2, L_LOW, L_MID, L_HIGH, MATCH_LEN_MAX,
} from './lzma.js';
import {
  Filter, Check, SimpleCoder, simpleCoder, writeVli, ID_LZMA1, FILTER_LZMA2, FILTER_DELTA,
  FORMAT_XZ, FORMAT_ALONE,
} from './xz.js';

const DICT_SIZE_MIN = 4096;
const MODE_FAST = 1;
const MODE_NORMAL = 2;
const MF_IDS = [0x03, 0x04, 0x12, 0x13, 0x14];

function optionsError(): never {
  throw new LzmaError('options');
}

/** lzma_lzma_preset: the options of a preset level (null for an invalid preset). */
export function presetFilter(preset: number): Filter | null {
  const level = preset & 0x1f;
  const flags = preset & ~0x1f;
  if (level > 9 || (flags & ~0x80000000) !== 0) return null;
  const extreme = flags !== 0;
  const dictSizes = [1 << 18, 1 << 20, 1 << 21, 1 << 22, 1 << 22, 1 << 23, 1 << 23, 1 << 24, 1 << 25, 1 << 26];
  const f: Filter = { id: FILTER_LZMA2, dictSize: dictSizes[level], lc: 3, lp: 0, pb: 2, dist: 1, startOffset: 0, niceLen: 0, depth: 0, mode: 0, mf: 0 };
  if (level <= 3) {
    f.mode = MODE_FAST;
    f.mf = level === 0 ? 0x03 : 0x04;
    f.niceLen = level <= 1 ? 128 : 273;
    f.depth = [4, 8, 24, 48][level];
  } else {
    f.mode = MODE_NORMAL;
    f.mf = 0x14;
    f.niceLen = level === 4 ? 16 : level === 5 ? 32 : 64;
    f.depth = 0;
  }
  if (extreme) {
    f.mode = MODE_NORMAL;
    f.mf = 0x14;
    if (level === 3 || level === 5) {
      f.niceLen = 192;
      f.depth = 0;
    } else {
      f.niceLen = 273;
      f.depth = 512;
    }
  }
  return f;
}

function lzmaOptionsValid(f: Filter): boolean {
  if (f.lc > 4 || f.lp > 4 || f.pb > 4) return false;
  if (f.id === FILTER_LZMA2 && f.lc + f.lp > 4) return false;
  if (f.dictSize < DICT_SIZE_MIN || f.dictSize > 1.5 * 2 ** 30) return false;
  if (f.niceLen < 2 || f.niceLen > MATCH_LEN_MAX) return false;
  if (f.mode !== MODE_FAST && f.mode !== MODE_NORMAL) return false;
  if (!MF_IDS.includes(f.mf)) return false;
  return true;
}

/** The encoder's checks of a filter chain (lzma_raw_encoder / lzma_stream_encoder). */
function validateChain(chain: Filter[], xz: boolean): void {
  const n = chain.length;
  if (n === 0) throw new LzmaError('prog');
  for (let i = 0; i < n; i++) {
    const f = chain[i];
    const isLz = f.id === ID_LZMA1 || f.id === FILTER_LZMA2;
    if (isLz !== (i === n - 1)) optionsError();
    if (isLz && !lzmaOptionsValid(f)) optionsError();
    if (f.id === FILTER_DELTA && (f.dist < 1 || f.dist > 256)) optionsError();
    
  }
  // liblzma refuses to write an LZMA1 filter's flags into an .xz block header as a programming error.
  if (xz && chain[n - 1].id === ID_LZMA1) throw new LzmaError('prog');
}

/** lzma_properties_encode. */
export function encodeFilterProps(f: Filter): Uint8Array {
  if (f.id === ID_LZMA1) {
    if (f.lc > 4 || f.lp > 4 || f.pb > 4 || f.lc + f.lp > 4) optionsError();
    const d = f.dictSize;
    return Uint8Array.of((f.pb * 5 + f.lp) * 9 + f.lc, d & 0xff, (d >>> 8) & 0xff, (d >>> 16) & 0xff, d >>> 24);
  }
  if (f.id === FILTER_LZMA2) return Uint8Array.of(lzma2PropsByte(f.dictSize));
  if (f.id === FILTER_DELTA) {
    if (f.dist < 1 || f.dist > 256) optionsError();
    return Uint8Array.of(f.dist - 1);
  }
  const s = f.startOffset;
  if (s === 0) return new Uint8Array(0);
  return Uint8Array.of(s & 0xff, (s >>> 8) & 0xff, (s >>> 16) & 0xff, s >>> 24);
}

/** The LZMA2 dictionary-size byte: the smallest 2^n or 2^n + 2^(n-1) at or above the size. */
function lzma2PropsByte(size: number): number {
  const d = Math.max(size, DICT_SIZE_MIN);
  for (let b = 0; b < 40; b++) if ((2 | (b & 1)) * 2 ** ((b >>> 1) + 11) >= d) return b;
  return 40;
}

// ---------------------------------------------------------------------------
// Range encoder + LZMA

class ByteOut {
  buf = new Uint8Array(1 << 16);
  len = 0;
  push(b: number): void {
    if (this.len === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.len++] = b;
  }
  pushAll(b: ArrayLike<number>): void {
    for (let i = 0; i < b.length; i++) this.push(b[i]);
  }
  take(): Uint8Array {
    const r = this.buf.slice(0, this.len);
    this.len = 0;
    return r;
  }
}

const HASH_BITS = 17;
const WINDOW_MAX = 1 << 23; // the most the match finder looks back, whatever the dictionary size
const MIN_MAIN = 3;

/** Is `big` so much farther than `small` that a match one byte longer there is not worth it? */
function farther(small: number, big: number): boolean {
  return big >>> 7 > small;
}

export class LzmaEncoder {
  probs: Uint16Array;
  state = 0;
  rep0 = 0;
  rep1 = 0;
  rep2 = 0;
  rep3 = 0;
  // range coder
  low = 0;
  range = 0xffffffff;
  cache = 0;
  cacheSize = 1;
  out = new ByteOut();
  // window: win[i] is the byte at absolute position base + i; chain[i] the previous position with its hash
  win = new Uint8Array(1 << 16);
  chain = new Int32Array(1 << 16);
  head = new Int32Array(1 << HASH_BITS).fill(-1);
  base = 0;
  end = 0; // absolute end of the data
  pos = 0; // next position to encode
  hashed = 0; // positions below this are in the hash chains
  resetPos = 0;
  readonly window: number;
  readonly depth: number;
  readonly niceLen: number;
  readonly pbMask: number;
  readonly lpMask: number;

  constructor(readonly f: Filter) {
    this.probs = new Uint16Array(probCount(f.lc, f.lp));
    this.window = Math.min(f.dictSize, WINDOW_MAX);
    this.niceLen = f.niceLen;
    this.depth = Math.min(256, f.depth > 0 ? f.depth : 16 + (f.niceLen >>> 1));
    this.pbMask = (1 << f.pb) - 1;
    this.lpMask = (1 << f.lp) - 1;
    this.resetState();
  }

  resetState(): void {
    this.probs.fill(1024);
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
  }

  rcReset(): void {
    this.low = 0;
    this.range = 0xffffffff;
    this.cache = 0;
    this.cacheSize = 1;
  }

  /** Bytes the range coder holds or has written since its start (for LZMA2's chunk limit). */
  rcPending(): number {
    return this.out.len + this.cacheSize + 4;
  }

  append(data: Uint8Array): void {
    let need = this.end - this.base + data.length;
    if (need > this.win.length) {
      // Drop what is out of reach of both the match finder and the encoder.
      const keep = Math.max(0, Math.min(this.pos, this.hashed) - this.window - MATCH_LEN_MAX);
      if (keep > this.base) {
        const shift = keep - this.base;
        this.win.copyWithin(0, shift, this.end - this.base);
        this.chain.copyWithin(0, shift, this.end - this.base);
        this.base = keep;
        need -= shift;
      }
      if (need > this.win.length) {
        let cap = this.win.length;
        while (cap < need) cap *= 2;
        const nw = new Uint8Array(cap);
        nw.set(this.win.subarray(0, this.end - this.base));
        const nc = new Int32Array(cap);
        nc.set(this.chain.subarray(0, this.end - this.base));
        this.win = nw;
        this.chain = nc;
      }
    }
    this.win.set(data, this.end - this.base);
    this.end += data.length;
  }

  private shiftLow(): void {
    const lo = this.low >>> 0;
    const carry = this.low > 0xffffffff ? 1 : 0;
    if (lo < 0xff000000 || carry) {
      let temp = this.cache;
      do {
        this.out.push((temp + carry) & 0xff);
        temp = 0xff;
      } while (--this.cacheSize !== 0);
      this.cache = lo >>> 24;
    }
    this.cacheSize++;
    this.low = (lo & 0x00ffffff) * 256;
  }

  rcFlush(): void {
    for (let i = 0; i < 5; i++) this.shiftLow();
  }

  private bit(i: number, b: number): void {
    const p = this.probs[i];
    const bound = (this.range >>> 11) * p;
    if (b === 0) {
      this.range = bound;
      this.probs[i] = p + ((2048 - p) >>> 5);
    } else {
      this.low += bound;
      this.range -= bound;
      this.probs[i] = p - (p >>> 5);
    }
    while (this.range < 0x1000000) {
      this.range = (this.range << 8) >>> 0;
      this.shiftLow();
    }
  }

  private tree(base: number, nbits: number, sym: number): void {
    let m = 1;
    for (let i = nbits - 1; i >= 0; i--) {
      const b = (sym >>> i) & 1;
      this.bit(base + m, b);
      m = (m << 1) | b;
    }
  }

  private reverseTree(base: number, nbits: number, sym: number): void {
    let m = 1;
    for (let i = 0; i < nbits; i++) {
      const b = sym & 1;
      sym >>>= 1;
      this.bit(base + m, b);
      m = (m << 1) | b;
    }
  }

  private direct(v: number, n: number): void {
    for (let i = n - 1; i >= 0; i--) {
      this.range >>>= 1;
      if ((v >>> i) & 1) this.low += this.range;
      while (this.range < 0x1000000) {
        this.range = (this.range << 8) >>> 0;
        this.shiftLow();
      }
    }
  }

  private len(base: number, len: number, posState: number): void {
    const l = len - 2;
    if (l < 8) {
      this.bit(base + L_CHOICE, 0);
      this.tree(base + L_LOW + (posState << 3), 3, l);
    } else if (l < 16) {
      this.bit(base + L_CHOICE, 1);
      this.bit(base + L_CHOICE2, 0);
      this.tree(base + L_MID + (posState << 3), 3, l - 8);
    } else {
      this.bit(base + L_CHOICE, 1);
      this.bit(base + L_CHOICE2, 1);
      this.tree(base + L_HIGH, 8, l - 16);
    }
  }

  private byteAt(p: number): number {
    return this.win[p - this.base];
  }

  private literal(): void {
    const pos = this.pos;
    const rel = pos - this.resetPos;
    const posState = rel & this.pbMask;
    this.bit(IS_MATCH + (this.state << 4) + posState, 0);
    const prev = pos > this.resetPos ? this.byteAt(pos - 1) : 0;
    const lc = this.f.lc;
    const lit = LITERAL + 0x300 * (((rel & this.lpMask) << lc) + (prev >>> (8 - lc)));
    const byte = this.byteAt(pos);
    let sym = 1;
    if (this.state >= 7) {
      const mb = this.byteAt(pos - this.rep0 - 1);
      let matched = true;
      for (let i = 7; i >= 0; i--) {
        const b = (byte >>> i) & 1;
        if (matched) {
          const m = (mb >>> i) & 1;
          this.bit(lit + ((1 + m) << 8) + sym, b);
          matched = m === b;
        } else this.bit(lit + sym, b);
        sym = (sym << 1) | b;
      }
    } else {
      for (let i = 7; i >= 0; i--) {
        const b = (byte >>> i) & 1;
        this.bit(lit + sym, b);
        sym = (sym << 1) | b;
      }
    }
    const s = this.state;
    this.state = s < 4 ? 0 : s < 10 ? s - 3 : s - 6;
    this.pos++;
  }

  private match(dist: number, len: number): void {
    const posState = (this.pos - this.resetPos) & this.pbMask;
    const s = this.state;
    this.bit(IS_MATCH + (s << 4) + posState, 1);
    this.bit(IS_REP + s, 0);
    this.len(LEN_CODER, len, posState);
    const lenState = len - 2 < 4 ? len - 2 : 3;
    let slot: number;
    if (dist < 4) slot = dist;
    else {
      const n = 31 - Math.clz32(dist);
      slot = 2 * n + ((dist >>> (n - 1)) & 1);
    }
    this.tree(POS_SLOT + (lenState << 6), 6, slot);
    if (slot >= 4) {
      const nd = (slot >>> 1) - 1;
      const base = ((2 | (slot & 1)) << nd) >>> 0;
      const reduced = (dist - base) >>> 0;
      if (slot < 14) this.reverseTree(SPEC_POS + base - slot - 1, nd, reduced);
      else {
        this.direct(reduced >>> 4, nd - 4);
        this.reverseTree(ALIGN, 4, reduced & 15);
      }
    }
    this.rep3 = this.rep2;
    this.rep2 = this.rep1;
    this.rep1 = this.rep0;
    this.rep0 = dist;
    this.state = s < 7 ? 7 : 10;
    this.pos += len;
  }

  private repMatch(rep: number, len: number): void {
    const posState = (this.pos - this.resetPos) & this.pbMask;
    const s = this.state;
    this.bit(IS_MATCH + (s << 4) + posState, 1);
    this.bit(IS_REP + s, 1);
    if (rep === 0) {
      this.bit(IS_REP_G0 + s, 0);
      this.bit(IS_REP0_LONG + (s << 4) + posState, len === 1 ? 0 : 1);
      if (len === 1) {
        this.state = s < 7 ? 9 : 11;
        this.pos++;
        return;
      }
    } else {
      this.bit(IS_REP_G0 + s, 1);
      let dist: number;
      if (rep === 1) {
        this.bit(IS_REP_G1 + s, 0);
        dist = this.rep1;
      } else {
        this.bit(IS_REP_G1 + s, 1);
        if (rep === 2) {
          this.bit(IS_REP_G2 + s, 0);
          dist = this.rep2;
        } else {
          this.bit(IS_REP_G2 + s, 1);
          dist = this.rep3;
          this.rep3 = this.rep2;
        }
        this.rep2 = this.rep1;
      }
      this.rep1 = this.rep0;
      this.rep0 = dist;
    }
    this.len(REP_LEN_CODER, len, posState);
    this.state = s < 7 ? 8 : 11;
    this.pos += len;
  }

  /** The end-of-payload marker (LZMA1 streams of unknown size). */
  endMarker(): void {
    const posState = (this.pos - this.resetPos) & this.pbMask;
    const s = this.state;
    this.bit(IS_MATCH + (s << 4) + posState, 1);
    this.bit(IS_REP + s, 0);
    this.len(LEN_CODER, 2, posState);
    this.tree(POS_SLOT, 6, 63);
    this.direct(0x3ffffff, 26);
    this.reverseTree(ALIGN, 4, 15);
  }

  private hashAt(p: number): number {
    const i = p - this.base;
    const w = this.win;
    const v = w[i] | (w[i + 1] << 8) | (w[i + 2] << 16) | (w[i + 3] << 24);
    return Math.imul(v, 0x9e3779b1) >>> (32 - HASH_BITS);
  }

  /** Hash positions up to p (exclusive) that have 4 bytes of data. */
  private insertTo(p: number): void {
    const lim = Math.min(p, this.end - 3);
    for (let q = this.hashed; q < lim; q++) {
      const h = this.hashAt(q);
      this.chain[q - this.base] = this.head[h];
      this.head[h] = q;
    }
    if (lim > this.hashed) this.hashed = lim;
  }

  /** The longest match at p within maxLen: [length, distance]; length 0 when none. */
  private findMatch(p: number, maxLen: number): [number, number] {
    if (p + 4 > this.end || maxLen < MIN_MAIN) return [0, 0];
    this.insertTo(p);
    const w = this.win;
    const b = this.base;
    const lowest = Math.max(b, p - this.window, this.resetPos);
    let c = this.head[this.hashAt(p)];
    let bestLen = 0;
    let bestDist = 0;
    let depth = this.depth;
    const pi = p - b;
    while (c >= lowest && depth-- > 0) {
      const ci = c - b;
      if (w[ci + bestLen] === w[pi + bestLen]) {
        let l = 0;
        while (l < maxLen && w[ci + l] === w[pi + l]) l++;
        const dist = p - c - 1;
        // One byte more is not worth a distance over 128 times larger.
        if (l > bestLen && !(l === bestLen + 1 && farther(bestDist, dist))) {
          bestLen = l;
          bestDist = dist;
          if (l >= this.niceLen || l === maxLen) break;
        }
      }
      c = this.chain[ci];
    }
    if (bestLen === 3 && bestDist >= 0x4000) return [0, 0];
    return [bestLen, bestDist];
  }

  private repLen(p: number, dist: number, maxLen: number): number {
    if (p - dist - 1 < Math.max(this.base, this.resetPos)) return 0;
    const w = this.win;
    const pi = p - this.base;
    const si = pi - dist - 1;
    let l = 0;
    while (l < maxLen && w[si + l] === w[pi + l]) l++;
    return l;
  }

  /**
   * Encode from pos to `stop` (absolute), stopping early when `outLimit` bytes of range coder output are
   * reached (LZMA2's chunk size) or `inLimit` bytes have been encoded.
   */
  encode(stop: number, outLimit: number): void {
    while (this.pos < stop) {
      if (this.rcPending() > outLimit) break;
      const p = this.pos;
      const maxLen = Math.min(MATCH_LEN_MAX, stop - p);
      if (maxLen < 2) {
        this.literal();
        continue;
      }
      // repeat distances
      let repIdx = -1;
      let repL = 0;
      const reps = [this.rep0, this.rep1, this.rep2, this.rep3];
      if (p > this.resetPos) {
        for (let r = 0; r < 4; r++) {
          const l = this.repLen(p, reps[r], maxLen);
          if (l > repL) {
            repL = l;
            repIdx = r;
          }
        }
      }
      const [mainL, mainD] = this.findMatch(p, maxLen);
      // A repeat distance costs little: it wins unless the new match is clearly longer.
      if (repL >= 2 && (repL + 1 >= mainL || (repL + 2 >= mainL && mainD >= 1 << 9) || (repL + 3 >= mainL && mainD >= 1 << 15))) {
        this.repMatch(repIdx, repL);
        continue;
      }
      if (mainL >= MIN_MAIN) {
        // Lazy evaluation: a literal now if the next position starts a better match.
        if (mainL < this.niceLen && p + 1 < stop) {
          const max1 = Math.min(MATCH_LEN_MAX, stop - p - 1);
          const [nl, nd] = this.findMatch(p + 1, max1);
          if ((nl >= mainL && nd < mainD) || (nl === mainL + 1 && !farther(mainD, nd)) || nl > mainL + 1 ||
            (nl + 1 >= mainL && mainL >= 3 && farther(nd, mainD))) {
            this.literalOrShortRep();
            continue;
          }
          let repNext = 0;
          for (let r = 0; r < 4; r++) repNext = Math.max(repNext, this.repLen(p + 1, reps[r], max1));
          if (repNext + 1 >= mainL) {
            this.literalOrShortRep();
            continue;
          }
        }
        this.match(mainD, mainL);
        continue;
      }
      this.literalOrShortRep();
    }
    this.insertTo(Math.min(this.pos, this.end));
  }

  private literalOrShortRep(): void {
    const p = this.pos;
    if (p > this.resetPos && p - this.rep0 - 1 >= Math.max(this.base, this.resetPos) && this.byteAt(p) === this.byteAt(p - this.rep0 - 1)) {
      this.repMatch(0, 1);
      return;
    }
    this.literal();
  }
}

// ---------------------------------------------------------------------------
// Writers

const LZMA2_CHUNK_IN = (1 << 21) - MATCH_LEN_MAX;
const LZMA2_CHUNK_OUT = (1 << 16) - 64;

/** LZMA2 chunks over an LzmaEncoder. */
class Lzma2Writer {
  enc: LzmaEncoder;
  needDictReset = true;
  needProps = true;
  needStateReset = false;
  propsByte: number;
  constructor(f: Filter, readonly out: ByteOut) {
    this.enc = new LzmaEncoder(f);
    this.propsByte = (f.pb * 5 + f.lp) * 9 + f.lc;
  }
  /** Encode everything appended so far as whole chunks. */
  encodeAll(): void {
    const e = this.enc;
    while (e.pos < e.end) {
      const start = e.pos;
      e.rcReset();
      if (this.needStateReset || this.needProps) e.resetState();
      e.out.len = 0;
      e.encode(Math.min(e.end, start + LZMA2_CHUNK_IN), LZMA2_CHUNK_OUT);
      e.rcFlush();
      const packed = e.out.take();
      const usize = e.pos - start;
      if (packed.length >= usize) {
        // Stored chunks of at most 64 KiB; the next LZMA chunk resets the state.
        for (let q = start; q < e.pos; q += 65536) {
          const n = Math.min(65536, e.pos - q);
          this.out.push(this.needDictReset ? 1 : 2);
          this.out.push((n - 1) >>> 8);
          this.out.push((n - 1) & 0xff);
          for (let k = 0; k < n; k++) this.out.push(e.win[q + k - e.base]);
          this.needDictReset = false;
        }
        this.needStateReset = true;
        continue;
      }
      const u = usize - 1;
      const pz = packed.length - 1;
      let control: number;
      if (this.needDictReset) control = 0xe0;
      else if (this.needProps) control = 0xc0;
      else if (this.needStateReset) control = 0xa0;
      else control = 0x80;
      this.out.push(control | (u >>> 16));
      this.out.push((u >>> 8) & 0xff);
      this.out.push(u & 0xff);
      this.out.push(pz >>> 8);
      this.out.push(pz & 0xff);
      if (control >= 0xc0) this.out.push(this.propsByte);
      this.out.pushAll(packed);
      this.needDictReset = false;
      this.needProps = false;
      this.needStateReset = false;
    }
  }
  end(): void {
    this.out.push(0);
  }
}

const ROUND_IN = 1 << 21;

export class XzEncoder {
  out = new ByteOut();
  filters: SimpleCoder[] = [];
  lz1: LzmaEncoder | null = null;
  lz2: Lzma2Writer | null = null;
  chainFilters: Filter[];
  started = false;
  blockStarted = false;
  blockOut = 0; // block bytes written (header excluded)
  uncompressed = 0;
  check: Check | null = null;
  headerSize = 0;
  pending = 0; // input bytes appended but not encoded

  constructor(readonly format: number, readonly checkId: number, chain: Filter[]) {
    validateChain(chain, format === FORMAT_XZ);
    this.chainFilters = chain;
    for (let i = 0; i < chain.length - 1; i++) this.filters.push(simpleCoder(chain[i], true));
    const last = chain[chain.length - 1];
    if (last.id === ID_LZMA1) this.lz1 = new LzmaEncoder(last);
    if (format === FORMAT_ALONE) {
      const d = last.dictSize;
      this.out.pushAll([(last.pb * 5 + last.lp) * 9 + last.lc, d & 0xff, (d >>> 8) & 0xff, (d >>> 16) & 0xff, d >>> 24]);
      for (let i = 0; i < 8; i++) this.out.push(0xff);
    }
    if (format === FORMAT_XZ) {
      this.check = new Check(checkId);
      this.out.pushAll([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, checkId]);
      const c = crc32(Uint8Array.of(0, checkId), 0);
      this.out.pushAll([c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24]);
    }
  }

  private startBlock(): void {
    this.blockStarted = true;
    const last = this.chainFilters[this.chainFilters.length - 1];
    if (last.id === FILTER_LZMA2) this.lz2 = new Lzma2Writer(last, this.out);
    if (this.format !== FORMAT_XZ) return;
    const h: number[] = [0, this.chainFilters.length - 1];
    for (const f of this.chainFilters) {
      writeVli(h, f.id);
      const props = encodeFilterProps(f);
      writeVli(h, props.length);
      for (const b of props) h.push(b);
    }
    while ((h.length + 4) % 4 !== 0) h.push(0);
    h[0] = (h.length + 4) / 4 - 1;
    const c = crc32(Uint8Array.from(h), 0);
    h.push(c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24);
    this.headerSize = h.length;
    this.out.pushAll(h);
  }

  private feedLz(data: Uint8Array): void {
    if (data.length === 0) return;
    if (this.lz2 !== null) this.lz2.enc.append(data);
    else this.lz1!.append(data);
    this.pending += data.length;
  }

  private encodePending(): void {
    const before = this.out.len;
    if (this.lz2 !== null) this.lz2.encodeAll();
    else {
      const e = this.lz1!;
      e.out = this.out;
      e.encode(e.end, Infinity);
    }
    this.blockOut += this.out.len - before;
    this.pending = 0;
  }

  compress(data: Uint8Array): Uint8Array {
    if (data.length > 0) {
      if (!this.blockStarted) this.startBlock();
      if (this.check !== null) this.check.update(data);
      this.uncompressed += data.length;
      // In rounds, so that the window is trimmed as it goes whatever the size of the call.
      for (let q = 0; q < data.length; q += ROUND_IN) {
        let d = data.subarray(q, q + ROUND_IN);
        for (const f of this.filters) d = f.code(d, false) as Uint8Array<ArrayBuffer>;
        this.feedLz(d);
        if (this.pending >= ROUND_IN) this.encodePending();
      }
    }
    return this.out.take();
  }

  finish(): Uint8Array {
    if (this.format !== FORMAT_XZ && !this.blockStarted) this.startBlock();
    if (this.blockStarted) {
      let d: Uint8Array = new Uint8Array(0);
      for (const f of this.filters) d = f.code(d, true) as Uint8Array<ArrayBuffer>;
      this.feedLz(d);
      const before = this.out.len;
      if (this.lz2 !== null) {
        this.lz2.encodeAll();
        this.lz2.end();
      } else {
        const e = this.lz1!;
        e.out = this.out;
        e.encode(e.end, Infinity);
        e.endMarker();
        e.rcFlush();
      }
      this.blockOut += this.out.len - before;
    }
    if (this.format === FORMAT_XZ) this.finishXz();
    return this.out.take();
  }

  private finishXz(): void {
    const o = this.out;
    const records: number[] = [];
    if (this.blockStarted) {
      const compressed = this.blockOut;
      while (this.blockOut % 4 !== 0) {
        o.push(0);
        this.blockOut++;
      }
      const dg = this.check!.digest();
      o.pushAll(dg);
      records.push(this.headerSize + compressed + dg.length, this.uncompressed);
    }
    const idx: number[] = [0];
    writeVli(idx, records.length / 2);
    for (const r of records) writeVli(idx, r);
    while (idx.length % 4 !== 0) idx.push(0);
    const ic = crc32(Uint8Array.from(idx), 0);
    idx.push(ic & 0xff, (ic >>> 8) & 0xff, (ic >>> 16) & 0xff, ic >>> 24);
    o.pushAll(idx);
    const back = idx.length / 4 - 1;
    const foot = [back & 0xff, (back >>> 8) & 0xff, (back >>> 16) & 0xff, back >>> 24, 0, this.checkId];
    const fc = crc32(Uint8Array.from(foot), 0);
    o.pushAll([fc & 0xff, (fc >>> 8) & 0xff, (fc >>> 16) & 0xff, fc >>> 24]);
    o.pushAll(foot);
    o.push(0x59);
    o.push(0x5a);
  }
}

