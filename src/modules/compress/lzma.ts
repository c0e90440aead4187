// LZMA and LZMA2 decoding (as liblzma reads them), for xz.ts and _lzma.ts. Written from the LZMA
// specification (the LZMA SDK's lzma-specification.txt) and the .xz format description.
//
// The decoder writes into a dictionary (Dict) that grows up to the dictionary size and is circular from
// then on; callers take output from it as it is written. Input sits in a caller's buffer. An LZMA2 chunk
// whose packed bytes are all there decodes straight (its range decoder cannot run dry); otherwise, and
// for raw LZMA1, symbols decode straight while 20 bytes (the most one symbol reads) remain, and on trial
// when fewer do: the coder's registers are saved and probability updates logged, and both are undone
// if the input runs out mid-symbol.

export class LzmaError extends Error {
  constructor(readonly kind: 'data' | 'options' | 'format' | 'memlimit' | 'buf' | 'prog' | 'check') {
    super(kind);
  }
}
export class NeedMore extends Error {}
export const NEED_MORE = new NeedMore();

export function dataError(): never {
  throw new LzmaError('data');
}

// ---------------------------------------------------------------------------
// The dictionary

const MARGIN = 1 << 16;

export class Dict {
  buf: Uint8Array;
  wpos = 0; // next write index in buf
  pos = 0; // bytes written in all (absolute)
  resetPos = 0; // absolute position of the last dictionary reset
  wrapped = false;
  readonly maxCap: number;
  constructor(readonly dictSize: number) {
    this.maxCap = dictSize + MARGIN;
    this.buf = new Uint8Array(Math.min(this.maxCap, 1 << 20));
  }
  /** How far back a match may reach. */
  available(): number {
    return Math.min(this.pos - this.resetPos, this.dictSize);
  }
  reset(): void {
    this.resetPos = this.pos;
  }
  /** Make room for n more bytes without wrapping while the buffer can still grow. */
  ensure(n: number): void {
    if (this.wrapped || this.wpos + n <= this.buf.length) return;
    if (this.buf.length < this.maxCap) {
      const nb = new Uint8Array(Math.min(this.maxCap, Math.max(this.buf.length * 2, this.wpos + n)));
      nb.set(this.buf.subarray(0, this.wpos));
      this.buf = nb;
      if (this.wpos + n <= nb.length) return;
    }
    this.wrapped = true;
  }
  /** The byte `dist` + 1 back (dist 0: the last byte). */
  get(dist: number): number {
    let i = this.wpos - dist - 1;
    if (i < 0) i += this.buf.length;
    return this.buf[i];
  }
  /** Copy bytes [from, to) (absolute positions, still in the buffer) into out at o. */
  copyOut(from: number, to: number, out: Uint8Array, o: number): void {
    const cap = this.buf.length;
    let i = this.wpos - (this.pos - from);
    if (i < 0) i += cap;
    let n = to - from;
    while (n > 0) {
      const k = Math.min(n, cap - i);
      out.set(this.buf.subarray(i, i + k), o);
      o += k;
      n -= k;
      i = 0;
    }
  }
  /** Append bytes (an uncompressed LZMA2 chunk). */
  putBytes(src: Uint8Array, from: number, to: number): void {
    this.ensure(to - from);
    const cap = this.buf.length;
    for (let j = from; j < to; j++) {
      this.buf[this.wpos++] = src[j];
      if (this.wpos === cap) this.wpos = 0;
    }
    this.pos += to - from;
  }
}

// ---------------------------------------------------------------------------
// Probability model layout (one Uint16Array)

export const N_STATES = 12;
export const IS_MATCH = 0;
export const IS_REP = IS_MATCH + (N_STATES << 4);
export const IS_REP_G0 = IS_REP + N_STATES;
export const IS_REP_G1 = IS_REP_G0 + N_STATES;
export const IS_REP_G2 = IS_REP_G1 + N_STATES;
export const IS_REP0_LONG = IS_REP_G2 + N_STATES;
export const POS_SLOT = IS_REP0_LONG + (N_STATES << 4);
export const SPEC_POS = POS_SLOT + (4 << 6);
export const ALIGN = SPEC_POS + 114;
export const LEN_CODER = ALIGN + 16;
const LEN_SIZE = 2 + 128 + 128 + 256;
export const REP_LEN_CODER = LEN_CODER + LEN_SIZE;
export const LITERAL = REP_LEN_CODER + LEN_SIZE;
// Within a length coder
export const L_CHOICE = 0;
export const L_CHOICE2 = 1;
export const L_LOW = 2;
export const L_MID = 130;
export const L_HIGH = 258;

export const MATCH_LEN_MIN = 2;
export const MATCH_LEN_MAX = 273;
const TOP = 1 << 24;
const END_DIST = 0xffffffff;

export function probCount(lc: number, lp: number): number {
  return LITERAL + (0x300 << (lc + lp));
}

// ---------------------------------------------------------------------------
// LZMA decoder

export const DEC_LIMIT = 0; // stopped at the output limit
export const DEC_EOPM = 1; // end-of-payload marker read

export class LzmaDecoder {
  probs: Uint16Array = new Uint16Array(0);
  lc = 0;
  lp = 0;
  pb = 0;
  state = 0;
  rep0 = 0;
  rep1 = 0;
  rep2 = 0;
  rep3 = 0;
  remLen = 0; // bytes of a match still to copy
  range = 0;
  code = 0;
  inBuf: Uint8Array = new Uint8Array(0);
  inPos = 0;
  inEnd = 0;
  undo: number[] | null = null; // (index, old value) pairs while decoding on trial

  constructor(readonly dict: Dict) {}

  setProps(lc: number, lp: number, pb: number): void {
    this.lc = lc;
    this.lp = lp;
    this.pb = pb;
    const n = probCount(lc, lp);
    if (this.probs.length !== n) this.probs = new Uint16Array(n);
  }

  resetState(): void {
    this.probs.fill(1024);
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
    this.remLen = 0;
  }

  /** Start the range decoder: 5 bytes, the first 0. */
  rcInit(): void {
    if (this.inEnd - this.inPos < 5) throw NEED_MORE;
    const b = this.inBuf;
    const p = this.inPos;
    if (b[p] !== 0) dataError();
    this.code = ((b[p + 1] << 24) | (b[p + 2] << 16) | (b[p + 3] << 8) | b[p + 4]) >>> 0;
    this.range = 0xffffffff;
    this.inPos = p + 5;
    // A first code word at or above the range cannot come from an encoder.
    if (this.code === 0xffffffff) dataError();
  }

  /** The range decoder ends normalised (as LZMA SDK's decoder does after its last symbol), with code 0. */
  rcFinished(): boolean {
    if (this.range < TOP) {
      if (this.inPos >= this.inEnd) throw NEED_MORE;
      this.range = (this.range << 8) >>> 0;
      this.code = ((this.code << 8) | this.inBuf[this.inPos++]) >>> 0;
    }
    return this.code === 0;
  }

  private bit(i: number): number {
    if (this.range < TOP) {
      if (this.inPos >= this.inEnd) throw NEED_MORE;
      this.range = (this.range << 8) >>> 0;
      this.code = ((this.code << 8) | this.inBuf[this.inPos++]) >>> 0;
    }
    const p = this.probs[i];
    if (this.undo !== null) this.undo.push(i, p);
    const bound = (this.range >>> 11) * p;
    if (this.code < bound) {
      this.range = bound;
      this.probs[i] = p + ((2048 - p) >>> 5);
      return 0;
    }
    this.range -= bound;
    this.code -= bound;
    this.probs[i] = p - (p >>> 5);
    return 1;
  }

  /** The rest of a literal's bits from tree node `sym`: the hot loop, on locals. */
  private plainLiteral(lit: number, sym: number): number {
    const probs = this.probs;
    const buf = this.inBuf;
    const end = this.inEnd;
    let range = this.range;
    let code = this.code;
    let pos = this.inPos;
    const undo = this.undo;
    while (sym < 0x100) {
      if (range < TOP) {
        if (pos >= end) throw NEED_MORE; // the caller's snapshot restores the coder
        range = (range << 8) >>> 0;
        code = ((code << 8) | buf[pos++]) >>> 0;
      }
      const i = lit + sym;
      const p = probs[i];
      if (undo !== null) undo.push(i, p);
      const bound = (range >>> 11) * p;
      if (code < bound) {
        range = bound;
        probs[i] = p + ((2048 - p) >>> 5);
        sym <<= 1;
      } else {
        range -= bound;
        code -= bound;
        probs[i] = p - (p >>> 5);
        sym = (sym << 1) | 1;
      }
    }
    this.range = range;
    this.code = code;
    this.inPos = pos;
    return sym;
  }

  private tree(base: number, nbits: number): number {
    let m = 1;
    for (let i = 0; i < nbits; i++) m = (m << 1) | this.bit(base + m);
    return m - (1 << nbits);
  }

  private reverseTree(base: number, nbits: number): number {
    let m = 1;
    let sym = 0;
    for (let i = 0; i < nbits; i++) {
      const b = this.bit(base + m);
      m = (m << 1) | b;
      sym |= b << i;
    }
    return sym;
  }

  private direct(n: number): number {
    let range = this.range;
    let code = this.code;
    let pos = this.inPos;
    const buf = this.inBuf;
    const end = this.inEnd;
    let res = 0;
    for (let i = 0; i < n; i++) {
      if (range < TOP) {
        if (pos >= end) throw NEED_MORE; // nothing is committed: the caller's snapshot still holds
        range = (range << 8) >>> 0;
        code = ((code << 8) | buf[pos++]) >>> 0;
      }
      range >>>= 1;
      let b = 0;
      if (code >= range) {
        code -= range;
        b = 1;
      }
      res = ((res << 1) | b) >>> 0;
    }
    this.range = range;
    this.code = code;
    this.inPos = pos;
    return res;
  }

  private len(base: number, posState: number): number {
    if (this.bit(base + L_CHOICE) === 0) return this.tree(base + L_LOW + (posState << 3), 3);
    if (this.bit(base + L_CHOICE2) === 0) return 8 + this.tree(base + L_MID + (posState << 3), 3);
    return 16 + this.tree(base + L_HIGH, 8);
  }

  /** Copy up to `limit` - dict.pos bytes of the pending match. */
  private copyRem(limit: number): void {
    const d = this.dict;
    const n = Math.min(this.remLen, limit - d.pos);
    if (n <= 0) return;
    d.ensure(n);
    const buf = d.buf;
    const cap = buf.length;
    let w = d.wpos;
    let s = w - this.rep0 - 1;
    if (s < 0) s += cap;
    if (w + n < cap && s + n < cap && s + n <= w) {
      buf.copyWithin(w, s, s + n);
      w += n;
    } else {
      for (let k = 0; k < n; k++) {
        buf[w++] = buf[s++];
        if (w === cap) w = 0;
        if (s === cap) s = 0;
      }
    }
    d.wpos = w;
    d.pos += n;
    this.remLen -= n;
  }

  /**
   * Decode until the dictionary reaches absolute position `limit`, or the end marker. With `safe`, the
   * input ends where the data must end (a whole LZMA2 chunk); without, symbols near the input's end are
   * decoded on trial and undone when the input runs out (NEED_MORE is thrown with the state intact).
   */
  decode(limit: number, safe: boolean): number {
    const d = this.dict;
    if (this.remLen > 0) this.copyRem(limit);
    while (d.pos < limit) {
      if (!safe && this.inEnd - this.inPos < 20) {
        // On trial: probability updates are logged, to be undone if the input runs out.
        const undo: number[] = [];
        this.undo = undo;
        const s = [this.state, this.rep0, this.rep1, this.rep2, this.rep3, this.range, this.code, this.inPos, d.pos, d.wpos];
        try {
          if (this.symbol(limit)) return DEC_EOPM;
        } catch (e) {
          if (e === NEED_MORE) {
            for (let k = undo.length - 2; k >= 0; k -= 2) this.probs[undo[k]] = undo[k + 1];
            [this.state, this.rep0, this.rep1, this.rep2, this.rep3, this.range, this.code, this.inPos, d.pos, d.wpos] = s;
            this.remLen = 0;
          }
          throw e;
        } finally {
          this.undo = null;
        }
        continue;
      }
      if (this.symbol(limit)) return DEC_EOPM;
    }
    return DEC_LIMIT;
  }

  /** One literal, match or end marker; true at the end marker. */
  private symbol(limit: number): boolean {
    const d = this.dict;
    // Positions count from the last dictionary reset (liblzma restarts its dictionary there).
    const rel = d.pos - d.resetPos;
    const posState = rel & ((1 << this.pb) - 1);
    const state = this.state;
    if (this.bit(IS_MATCH + (state << 4) + posState) === 0) {
      // literal
      const prev = d.pos > d.resetPos ? d.get(0) : 0;
      const lit = LITERAL + 0x300 * ((((rel & ((1 << this.lp) - 1)) << this.lc) + (prev >>> (8 - this.lc))));
      let sym = 1;
      if (state >= 7) {
        let matchByte = d.get(this.rep0);
        do {
          const matchBit = (matchByte >>> 7) & 1;
          matchByte <<= 1;
          const b = this.bit(lit + ((1 + matchBit) << 8) + sym);
          sym = (sym << 1) | b;
          if (matchBit !== b) break;
        } while (sym < 0x100);
      }
      if (sym < 0x100) sym = this.plainLiteral(lit, sym);
      d.ensure(1);
      d.buf[d.wpos++] = sym & 0xff;
      if (d.wpos === d.buf.length) d.wpos = 0;
      d.pos++;
      this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      return false;
    }
    let len: number;
    if (this.bit(IS_REP + state) === 1) {
      if (d.available() === 0) dataError();
      if (this.bit(IS_REP_G0 + state) === 0) {
        if (this.bit(IS_REP0_LONG + (state << 4) + posState) === 0) {
          // short rep: one byte at rep0
          this.state = state < 7 ? 9 : 11;
          const b = d.get(this.rep0);
          d.ensure(1);
          d.buf[d.wpos++] = b;
          if (d.wpos === d.buf.length) d.wpos = 0;
          d.pos++;
          return false;
        }
      } else {
        let dist: number;
        if (this.bit(IS_REP_G1 + state) === 0) dist = this.rep1;
        else {
          if (this.bit(IS_REP_G2 + state) === 0) dist = this.rep2;
          else {
            dist = this.rep3;
            this.rep3 = this.rep2;
          }
          this.rep2 = this.rep1;
        }
        this.rep1 = this.rep0;
        this.rep0 = dist;
      }
      len = this.len(REP_LEN_CODER, posState);
      this.state = state < 7 ? 8 : 11;
    } else {
      this.rep3 = this.rep2;
      this.rep2 = this.rep1;
      this.rep1 = this.rep0;
      len = this.len(LEN_CODER, posState);
      this.state = state < 7 ? 7 : 10;
      const lenState = len < 4 ? len : 3;
      const slot = this.tree(POS_SLOT + (lenState << 6), 6);
      let dist: number;
      if (slot < 4) dist = slot;
      else {
        const nd = (slot >>> 1) - 1;
        dist = ((2 | (slot & 1)) << nd) >>> 0;
        if (slot < 14) dist += this.reverseTree(SPEC_POS + dist - slot - 1, nd);
        else {
          dist = (dist + this.direct(nd - 4) * 16) >>> 0;
          dist = (dist + this.reverseTree(ALIGN, 4)) >>> 0;
        }
      }
      if (dist === END_DIST) return true;
      this.rep0 = dist;
    }
    len += MATCH_LEN_MIN;
    if (this.rep0 >= d.available()) dataError();
    this.remLen = len;
    this.copyRem(limit);
    return false;
  }
}

/** lc/lp/pb from a properties byte, or null when invalid. */
export function decodeLclppb(b: number): [number, number, number] | null {
  if (b > (4 * 5 + 4) * 9 + 8) return null;
  const pb = Math.floor(b / 45);
  b -= pb * 45;
  const lp = Math.floor(b / 9);
  const lc = b - lp * 9;
  return [lc, lp, pb];
}

// ---------------------------------------------------------------------------
// LZMA2 decoding (chunks over an LzmaDecoder)

const L2_CONTROL = 0;
const L2_DONE = 1;

export class Lzma2Decoder {
  dict: Dict;
  lz: LzmaDecoder;
  phase = L2_CONTROL;
  needDictReset = true;
  needProps = true;
  // the chunk being decoded
  chunkLzma = false;
  chunkOutEnd = 0; // absolute dictionary position where the chunk's output ends
  chunkInLeft = 0; // packed bytes of the chunk not yet read
  inChunk = false;

  constructor(dictSize: number) {
    this.dict = new Dict(Math.max(dictSize, 4096));
    this.lz = new LzmaDecoder(this.dict);
  }

  get done(): boolean {
    return this.phase === L2_DONE;
  }

  /**
   * Decode from input[pos, end) until the dictionary reaches `limit` or the input runs out; returns the
   * input position reached. A chunk whose packed bytes are all there is decoded without trial and error.
   */
  run(input: Uint8Array, pos: number, end: number, limit: number): number {
    const d = this.dict;
    const lz = this.lz;
    while (this.phase !== L2_DONE && d.pos < limit + (this.inChunk ? 0 : 1)) {
      if (this.inChunk) {
        if (this.chunkLzma) {
          const whole = pos + this.chunkInLeft <= end;
          lz.inBuf = input;
          lz.inPos = pos;
          lz.inEnd = whole ? pos + this.chunkInLeft : end;
          let starved = false;
          try {
            lz.decode(Math.min(limit, this.chunkOutEnd), whole);
            if (d.pos === this.chunkOutEnd && lz.remLen === 0) {
              // The chunk's packed size must be exactly what its range coder used.
              if (!lz.rcFinished()) dataError();
              if (lz.inPos !== pos + this.chunkInLeft) dataError();
              this.inChunk = false;
            }
          } catch (e) {
            if (e !== NEED_MORE) throw e;
            if (whole) dataError();
            starved = true;
          }
          this.chunkInLeft -= lz.inPos - pos;
          pos = lz.inPos;
          if (starved || d.pos >= limit) break;
        } else {
          const n = Math.min(limit - d.pos, this.chunkOutEnd - d.pos, end - pos);
          if (n <= 0) break;
          d.putBytes(input, pos, pos + n);
          pos += n;
          if (d.pos === this.chunkOutEnd) this.inChunk = false;
        }
        continue;
      }
      if (pos >= end) break;
      const control = input[pos];
      if (control === 0) {
        this.phase = L2_DONE;
        pos++;
        break;
      }
      if (control === 1 || control === 2) {
        if (end - pos < 3) break;
        const size = ((input[pos + 1] << 8) | input[pos + 2]) + 1;
        if (control === 1) {
          this.needDictReset = false;
          d.reset();
        } else if (this.needDictReset) dataError();
        pos += 3;
        this.chunkLzma = false;
        this.chunkOutEnd = d.pos + size;
        this.inChunk = true;
        continue;
      }
      if (control < 0x80) dataError();
      const hasProps = control >= 0xc0;
      const hlen = hasProps ? 6 : 5;
      if (control >= 0xe0) {
        this.needDictReset = false;
      } else if (this.needDictReset) dataError();
      if (!hasProps && this.needProps) dataError();
      if (end - pos < hlen + 5) break;
      const usize = ((control & 0x1f) << 16) + ((input[pos + 1] << 8) | input[pos + 2]) + 1;
      const psize = ((input[pos + 3] << 8) | input[pos + 4]) + 1;
      if (control >= 0xe0) d.reset();
      if (hasProps) {
        const p = decodeLclppb(input[pos + 5]);
        if (p === null || p[0] + p[1] > 4) dataError();
        lz.setProps(p[0], p[1], p[2]);
        this.needProps = false;
      }
      if (control >= 0xa0) lz.resetState();
      if (psize < 5) dataError();
      pos += hlen;
      lz.inBuf = input;
      lz.inPos = pos;
      lz.inEnd = pos + 5;
      lz.rcInit();
      pos = lz.inPos;
      this.chunkLzma = true;
      this.chunkInLeft = psize - 5;
      this.chunkOutEnd = d.pos + usize;
      this.inChunk = true;
    }
    return pos;
  }
}

/** The dictionary size an LZMA2 properties byte stands for, or -1 when invalid. */
export function lzma2DictSize(b: number): number {
  if (b > 40) return -1;
  if (b === 40) return 0xffffffff;
  return (2 | (b & 1)) * 2 ** ((b >>> 1) + 11);
}
