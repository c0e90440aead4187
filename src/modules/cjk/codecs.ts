// The CJK codecs themselves (Modules/cjkcodecs/_codecs_{jp,cn,kr,tw,iso2022}.c): each one an encode
// and a decode loop over a buffer with CPython's contract, which _multibytecodec drives.
//  - encode(state, code points, cursor, out, flags): runs from cursor.i; returns 0 when all is done,
//    n > 0 when cps[i:i+n] cannot be encoded (cursor at i), TOOFEW when it needs more input.
//  - decode(state, bytes, cursor, end, out): likewise over bytes; out gets code points.
// The state is CPython's 8-byte MultibyteCodec_State, so getstate()/setstate() match its integers.
import {
  jisx0208, jisx0212, jisxcommon, cp932dec, cp932enc, gb2312, gbkext, gbcommon, gb18030ext, gb18030extEnc, gb18030ranges,
  big5dec, big5enc, cp950dec, cp950enc, ksx1001, cp949ext, cp949enc, jisx0208enc, EncMap, jisx0213p1, jisx0213p2, jisx0213enc,
  MULTIC, hkscsDec, hkscsEnc,
} from './tables.js';

export const TOOFEW = -2;
export const INTERNAL = -3;
export const FLUSH = 1;
export const RESET = 2;

export interface Cursor { i: number }

export interface CjkCodec {
  name: string;
  encode(st: Uint8Array, cps: number[], p: Cursor, out: number[], flags: number): number;
  decode(st: Uint8Array, b: Uint8Array, p: Cursor, end: number, out: number[]): number;
  encinit?(st: Uint8Array): void;
  /** Bytes that end the encoder's state (iso2022's ESC ( B, hz's ~}). */
  encreset?(st: Uint8Array, out: number[]): number;
  decinit?(st: Uint8Array): void;
  decreset?(st: Uint8Array): void;
}

// ---------------------------------------------------------------------------
// Japanese

/** JIS X 0208 code (row << 8 | cell) as Shift_JIS bytes. */
function sjisOut(out: number[], code: number): void {
  const c1 = code >> 8;
  let c2 = code & 0xff;
  c2 = (((c1 - 0x21) & 1) ? 0x5e : 0) + (c2 - 0x21);
  const r = (c1 - 0x21) >> 1;
  out.push(r < 0x1f ? r + 0x81 : r + 0xc1, c2 < 0x3f ? c2 + 0x40 : c2 + 0x41);
}

/** Shift_JIS lead/trail as a JIS X 0208 code, or -1 for a bad trail byte. */
function sjisToJis(c: number, c2: number): number {
  if (c2 < 0x40 || (c2 > 0x7e && c2 < 0x80) || c2 > 0xfc) return -1;
  const a = c < 0xe0 ? c - 0x81 : c - 0xc1;
  const b = c2 < 0x80 ? c2 - 0x40 : c2 - 0x41;
  const r = 2 * a + (b < 0x5e ? 0 : 1) + 0x21;
  const k = (b < 0x5e ? b : b - 0x5e) + 0x21;
  return (r << 8) | k;
}

const shift_jis: CjkCodec = {
  name: 'shift_jis',
  encode(_st, cps, p, out) {
    // jisxcommon less its JIS X 0212 part, which shift_jis refuses anyway.
    const enc = jisx0208enc();
    while (p.i < cps.length) {
      const c = cps[p.i];
      let code: number;
      if (c < 0x80) code = c;
      else if (c === 0xa5) code = 0x5c;
      else if (c === 0x203e) code = 0x7e;
      else if (c >= 0xff61 && c <= 0xff9f) code = c - 0xfec0;
      else {
        if (c > 0xffff) return 1;
        const m = c === 0xff3c ? 0x2140 : enc.get(c);
        if (m === undefined || m & 0x8000) return 1;
        sjisOut(out, m);
        p.i++;
        continue;
      }
      out.push(code);
      p.i++;
    }
    return 0;
  },
  decode(_st, b, p, end, out) {
    const t = jisx0208();
    while (p.i < end) {
      const c = b[p.i];
      if (c < 0x80) out.push(c);
      else if (c >= 0xa1 && c <= 0xdf) out.push(0xfec0 + c);
      else if ((c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xea)) {
        if (end - p.i < 2) return TOOFEW;
        const j = sjisToJis(c, b[p.i + 1]);
        if (j < 0) return 1;
        const u = j === 0x2140 ? 0xff3c : t[j];
        if (u === 0) return 1;
        out.push(u);
        p.i += 2;
        continue;
      } else return 1;
      p.i++;
    }
    return 0;
  },
};

const cp932: CjkCodec = {
  name: 'cp932',
  encode(_st, cps, p, out) {
    const ext = cp932enc();
    while (p.i < cps.length) {
      const c = cps[p.i];
      if (c <= 0x80) out.push(c);
      else if (c >= 0xff61 && c <= 0xff9f) out.push(c - 0xfec0);
      else if (c >= 0xf8f0 && c <= 0xf8f3) out.push(c === 0xf8f0 ? 0xa0 : c - 0xf8f1 + 0xfd);
      else {
        if (c > 0xffff) return 1;
        const m = ext.get(c);
        const j = m === undefined ? jisx0208enc().get(c) : undefined;
        if (m !== undefined) out.push(m >> 8, m & 0xff);
        else if (j !== undefined) {
          // JIS X 0208's own mappings for the cells Windows maps elsewhere (a JIS X 0212 code, from
          // CPython's jisxcommon, would be refused: the 0208-only table gives the same answers).
          sjisOut(out, j);
        } else if (c >= 0xe000 && c < 0xe758) {
          const q = Math.floor((c - 0xe000) / 188);
          const r = (c - 0xe000) % 188;
          out.push(q + 0xf0, r < 0x3f ? r + 0x40 : r + 0x41);
        } else return 1;
      }
      p.i++;
    }
    return 0;
  },
  decode(_st, b, p, end, out) {
    const t = cp932dec();
    while (p.i < end) {
      const c = b[p.i];
      if (c <= 0x80) out.push(c);
      else if (c >= 0xa0 && c <= 0xdf) out.push(c === 0xa0 ? 0xf8f0 : 0xfec0 + c);
      else if (c >= 0xfd) out.push(0xf8f1 - 0xfd + c);
      else {
        if (end - p.i < 2) return TOOFEW;
        const u = t[(c << 8) | b[p.i + 1]];
        if (u === 0) return 1;
        out.push(u);
        p.i += 2;
        continue;
      }
      p.i++;
    }
    return 0;
  },
};

const euc_jp: CjkCodec = {
  name: 'euc_jp',
  encode(_st, cps, p, out) {
    const enc = jisxcommon();
    while (p.i < cps.length) {
      const c = cps[p.i];
      if (c < 0x80) {
        out.push(c);
        p.i++;
        continue;
      }
      if (c > 0xffff) return 1;
      let code = enc.get(c);
      if (code === undefined) {
        if (c >= 0xff61 && c <= 0xff9f) {
          out.push(0x8e, c - 0xfec0);
          p.i++;
          continue;
        } else if (c === 0xff3c) code = 0x2140;
        else if (c === 0xa5 || c === 0x203e) {
          out.push(c === 0xa5 ? 0x5c : 0x7e);
          p.i++;
          continue;
        } else return 1;
      }
      if (code & 0x8000) out.push(0x8f, (code >> 8) | 0x80, (code & 0xff) | 0x80);
      else out.push((code >> 8) | 0x80, (code & 0xff) | 0x80);
      p.i++;
    }
    return 0;
  },
  decode(_st, b, p, end, out) {
    const t = jisx0208();
    while (p.i < end) {
      const c = b[p.i];
      if (c < 0x80) {
        out.push(c);
        p.i++;
        continue;
      }
      if (c === 0x8e) {
        if (end - p.i < 2) return TOOFEW;
        const c2 = b[p.i + 1];
        if (c2 < 0xa1 || c2 > 0xdf) return 1;
        out.push(0xfec0 + c2);
        p.i += 2;
      } else if (c === 0x8f) {
        if (end - p.i < 3) return TOOFEW;
        const u = jisx0212()[((b[p.i + 1] ^ 0x80) << 8) | (b[p.i + 2] ^ 0x80)];
        if (u === 0) return 1;
        out.push(u);
        p.i += 3;
      } else {
        if (end - p.i < 2) return TOOFEW;
        const c2 = b[p.i + 1];
        const u = c === 0xa1 && c2 === 0xc0 ? 0xff3c : t[((c ^ 0x80) << 8) | (c2 ^ 0x80)];
        if (u === 0) return 1;
        out.push(u);
        p.i += 2;
      }
    }
    return 0;
  },
};

// ---------------------------------------------------------------------------
// JIS X 0213 (euc_jis_2004, shift_jis_2004; euc_jisx0213 and shift_jisx0213 are the same codecs
// emulating JIS X 0213:2000, as CPython's emu_jisx0213_2000.h)

/** Code points that JIS X 0213:2000 lacks (its encoders refuse them), and plane 1 cells it lacks. */
const JIS2000_NO_CP = new Set([0x9b1c, 0x4ff1, 0x525d, 0x541e, 0x5653, 0x59f8, 0x5c5b, 0x5e77, 0x7626, 0x7e6b, 0x20b9f]);
const JIS2000_NO_P1 = new Set([0x2e21, 0x2f7e, 0x4f54, 0x4f7e, 0x7427, 0x7e7a, 0x7e7b, 0x7e7c, 0x7e7d, 0x7e7e]);
/** U+9B1D: plane 2's 0x7D3B in 2000, a code 2004 gave another character. */
const JIS2000_9B1D = 0x8000 | 0x7d3b;
/** A JIS X 0212 code from jisxcommon (flag above the 16 bits): euc_jis_2004 takes it, the others refuse. */
const J0212 = 0x10000;
/** jisx0213Single results besides a code: the character is in none of the maps / refused outright. */
const J_NONE = -1;
const J_INVALID = -4;
/** How many characters the last pair lookup (jisx0213Pair) used: 2 for a pair. */
let jInsize = 1;

/**
 * One character's JIS X 0213 code, as CPython's jisx0213 encoders look it up: the 2000 emulation,
 * jisx0213_bmp, then jisxcommon; jisx0213_emp for U+2xxxx. A code: plane 1 row << 8 | cell, plane 2 |
 * 0x8000, JIS X 0212 | 0x8000 | J0212; MULTIC (it may begin a pair: see jisx0213Pair); J_NONE (BMP, in no
 * map) or J_INVALID (refused).
 */
function jisx0213Single(c: number, v2000: boolean): number {
  const enc = jisx0213enc();
  if (c <= 0xffff) {
    if (v2000 && JIS2000_NO_CP.has(c)) return J_INVALID;
    if (v2000 && c === 0x9b1d) return JIS2000_9B1D;
    const code = enc.bmp.get(c);
    if (code !== undefined) return code;
    const m = jisxcommon().get(c);
    if (m === undefined) return J_NONE;
    return m & 0x8000 ? m | J0212 : m;
  }
  if (c >> 16 === 2 && !(v2000 && JIS2000_NO_CP.has(c))) return enc.emp.get(c) ?? J_INVALID;
  return J_INVALID;
}

/**
 * The code of a pair's first character c followed by c2 (c2 < 0: nothing follows, the input is flushed),
 * else of c alone; jInsize says how many characters it took.
 */
function jisx0213Pair(c: number, c2: number): number {
  const enc = jisx0213enc();
  if (c2 >= 0) {
    // CPython's pair lookup takes the second character as a 16-bit value.
    const pair = enc.pairs.get(c * 0x10000 + (c2 & 0xffff));
    if (pair !== undefined) {
      jInsize = 2;
      return pair;
    }
  }
  jInsize = 1;
  return enc.pairs.get(c * 0x10000) ?? J_INVALID;
}

/** The code of cps[i] for the euc/shift_jis_2004 encoders (jisx0213Single), a pair waiting for the next
 *  character unless flushing (TOOFEW); jInsize says how many characters it took. */
function jisx0213Code(cps: number[], i: number, flags: number, v2000: boolean): number {
  const c = cps[i];
  jInsize = 1;
  const code = jisx0213Single(c, v2000);
  if (code !== MULTIC) return code;
  if (i + 1 >= cps.length) return flags & FLUSH ? jisx0213Pair(c, -1) : TOOFEW;
  return jisx0213Pair(c, cps[i + 1]);
}

/** A pair value of the decode tables (first << 16 | second, >= 0x30000) as two code points. */
function pushJis(out: number[], u: number): void {
  if (u >= 0x30000) out.push(u >>> 16, u & 0xffff);
  else out.push(u);
}

function eucJis2004(name: string, v2000: boolean): CjkCodec {
  return {
    name,
    encode(_st, cps, p, out, flags) {
      while (p.i < cps.length) {
        const c = cps[p.i];
        if (c < 0x80) {
          out.push(c);
          p.i++;
          continue;
        }
        let code = jisx0213Code(cps, p.i, flags, v2000);
        if (code === TOOFEW) return TOOFEW;
        if (code === J_NONE) {
          if (c >= 0xff61 && c <= 0xff9f) {
            out.push(0x8e, c - 0xfec0);
            p.i++;
            continue;
          }
          if (c === 0xff3c) code = 0x2140;
          else if (c === 0xff5e) code = 0x2232;
          else return 1;
        } else if (code < 0) return 1;
        if (code & 0x8000) out.push(0x8f, (code >> 8) & 0xff, (code & 0xff) | 0x80);
        else out.push((code >> 8) | 0x80, (code & 0xff) | 0x80);
        p.i += jInsize;
      }
      return 0;
    },
    decode(_st, b, p, end, out) {
      const p1 = jisx0213p1();
      const p2 = jisx0213p2();
      while (p.i < end) {
        const c = b[p.i];
        if (c < 0x80) {
          out.push(c);
          p.i++;
          continue;
        }
        if (c === 0x8e) {
          if (end - p.i < 2) return TOOFEW;
          const c2 = b[p.i + 1];
          if (c2 < 0xa1 || c2 > 0xdf) return 1;
          out.push(0xfec0 + c2);
          p.i += 2;
        } else if (c === 0x8f) {
          // Plane 2, or JIS X 0212 where plane 2 has nothing.
          if (end - p.i < 3) return TOOFEW;
          const k = ((b[p.i + 1] ^ 0x80) << 8) | (b[p.i + 2] ^ 0x80);
          const u = v2000 && k === 0x7d3b ? 0x9b1d : p2[k] || jisx0212()[k];
          if (u === 0) return 1;
          out.push(u);
          p.i += 3;
        } else {
          if (end - p.i < 2) return TOOFEW;
          const k = ((c ^ 0x80) << 8) | (b[p.i + 1] ^ 0x80);
          if (v2000 && JIS2000_NO_P1.has(k)) return 2;
          const u = k === 0x2140 ? 0xff3c : k === 0x2232 ? 0xff5e : p1[k];
          if (u === 0) return 1;
          pushJis(out, u);
          p.i += 2;
        }
      }
      return 0;
    },
  };
}

function shiftJis2004(name: string, v2000: boolean): CjkCodec {
  return {
    name,
    encode(_st, cps, p, out, flags) {
      while (p.i < cps.length) {
        const c = cps[p.i];
        // JIS X 0201 Roman (with YEN SIGN and OVERLINE in place of '\\' and '~') and katakana.
        let k = -1;
        if (c < 0x80 && c !== 0x5c && c !== 0x7e) k = c;
        else if (c === 0xa5) k = 0x5c;
        else if (c === 0x203e) k = 0x7e;
        else if (c >= 0xff61 && c <= 0xff9f) k = c - 0xfec0;
        if (k >= 0) {
          out.push(k);
          p.i++;
          continue;
        }
        const code = jisx0213Code(cps, p.i, flags, v2000);
        if (code === TOOFEW) return TOOFEW;
        if (code < 0 || code & J0212) return 1;
        let c1 = code >> 8;
        let c2 = (code & 0xff) - 0x21;
        if (c1 & 0x80) c1 -= c1 >= 0xee ? 0x87 : c1 >= 0xac || c1 === 0xa8 ? 0x49 : 0x43;
        else c1 -= 0x21;
        if (c1 & 1) c2 += 0x5e;
        c1 >>= 1;
        out.push(c1 + (c1 < 0x1f ? 0x81 : 0xc1), c2 + (c2 < 0x3f ? 0x40 : 0x41));
        p.i += jInsize;
      }
      return 0;
    },
    decode(_st, b, p, end, out) {
      const p1 = jisx0213p1();
      const p2 = jisx0213p2();
      while (p.i < end) {
        const c = b[p.i];
        if (c < 0x80) out.push(c === 0x5c ? 0xa5 : c === 0x7e ? 0x203e : c);
        else if (c >= 0xa1 && c <= 0xdf) out.push(0xfec0 + c);
        else if ((c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc)) {
          if (end - p.i < 2) return TOOFEW;
          let c2 = b[p.i + 1];
          if (c2 < 0x40 || (c2 > 0x7e && c2 < 0x80) || c2 > 0xfc) return 1;
          let c1 = c < 0xe0 ? c - 0x81 : c - 0xc1;
          c2 = c2 < 0x80 ? c2 - 0x40 : c2 - 0x41;
          c1 = 2 * c1 + (c2 < 0x5e ? 0 : 1);
          c2 = (c2 < 0x5e ? c2 : c2 - 0x5e) + 0x21;
          if (c1 < 0x5e) {
            c1 += 0x21;
            if (v2000 && JIS2000_NO_P1.has((c1 << 8) | c2)) return 2;
            const u = p1[(c1 << 8) | c2];
            if (u === 0) return 1;
            pushJis(out, u);
          } else {
            // Plane 2 has rows 1, 3-5, 8, 12-15 and 78-94 only.
            c1 = c1 >= 0x67 ? c1 + 0x07 : c1 >= 0x63 || c1 === 0x5f ? c1 - 0x37 : c1 - 0x3d;
            const u = v2000 && c1 === 0x7d && c2 === 0x3b ? 0x9b1d : p2[(c1 << 8) | c2];
            if (u === 0) return 1;
            out.push(u);
          }
          p.i += 2;
          continue;
        } else return 1;
        p.i++;
      }
      return 0;
    },
  };
}

// ---------------------------------------------------------------------------
// Chinese

/** GBK's own choices for three cells GB2312 maps otherwise (GBK_ENCODE / GBK_DECODE). */
function gbkEncode(c: number): number | undefined {
  if (c === 0x2014) return 0xa1aa;
  if (c === 0x2015) return 0xa844;
  if (c === 0xb7) return 0xa1a4;
  if (c === 0x30fb) return undefined;
  const m = gbcommon().get(c);
  if (m === undefined) return undefined;
  return m & 0x8000 ? m : m | 0x8080;
}

function gbkDecode(c: number, c2: number): number {
  if (c === 0xa1 && c2 === 0xaa) return 0x2014;
  if (c === 0xa8 && c2 === 0x44) return 0x2015;
  if (c === 0xa1 && c2 === 0xa4) return 0xb7;
  const u = gb2312()[((c ^ 0x80) << 8) | (c2 ^ 0x80)];
  if (u !== 0 && c2 >= 0xa1) return u;
  return gbkext()[(c << 8) | c2];
}

const gb2312Codec: CjkCodec = {
  name: 'gb2312',
  encode(_st, cps, p, out) {
    const enc = gbcommon();
    while (p.i < cps.length) {
      const c = cps[p.i];
      if (c < 0x80) out.push(c);
      else {
        if (c > 0xffff) return 1;
        const m = enc.get(c);
        if (m === undefined || m & 0x8000) return 1;
        out.push((m >> 8) | 0x80, (m & 0xff) | 0x80);
      }
      p.i++;
    }
    return 0;
  },
  decode(_st, b, p, end, out) {
    const t = gb2312();
    while (p.i < end) {
      const c = b[p.i];
      if (c < 0x80) {
        out.push(c);
        p.i++;
        continue;
      }
      if (end - p.i < 2) return TOOFEW;
      const c2 = b[p.i + 1];
      const u = c2 >= 0x80 ? t[((c ^ 0x80) << 8) | (c2 ^ 0x80)] : 0;
      if (u === 0) return 1;
      out.push(u);
      p.i += 2;
    }
    return 0;
  },
};

const gbk: CjkCodec = {
  name: 'gbk',
  encode(_st, cps, p, out) {
    while (p.i < cps.length) {
      const c = cps[p.i];
      if (c < 0x80) out.push(c);
      else {
        if (c > 0xffff) return 1;
        const m = gbkEncode(c);
        if (m === undefined) return 1;
        out.push(m >> 8, m & 0xff);
      }
      p.i++;
    }
    return 0;
  },
  decode(_st, b, p, end, out) {
    while (p.i < end) {
      const c = b[p.i];
      if (c < 0x80) {
        out.push(c);
        p.i++;
        continue;
      }
      if (end - p.i < 2) return TOOFEW;
      const u = gbkDecode(c, b[p.i + 1]);
      if (u === 0) return 1;
      out.push(u);
      p.i += 2;
    }
    return 0;
  },
};

/** A linear four-byte GB18030 index as bytes (b1 from `first`). */
function gb4(out: number[], tc: number, first: number): void {
  const b4 = tc % 10;
  tc = Math.floor(tc / 10);
  const b3 = tc % 126;
  tc = Math.floor(tc / 126);
  const b2 = tc % 10;
  tc = Math.floor(tc / 10);
  out.push(tc + first, b2 + 0x30, b3 + 0x81, b4 + 0x30);
}

const gb18030: CjkCodec = {
  name: 'gb18030',
  encode(_st, cps, p, out) {
    while (p.i < cps.length) {
      const c = cps[p.i];
      if (c < 0x80) out.push(c);
      else if (c >= 0x10000) gb4(out, c - 0x10000, 0x90);
      else {
        let m = gbkEncode(c);
        if (m === undefined) m = gb18030extEnc().get(c);
        if (m !== undefined) out.push(m >> 8, m & 0xff);
        else {
          const r = gb18030ranges();
          let k = 0;
          while (k < r.length && !(r[k] <= c && c <= r[k + 1])) k += 3;
          if (k >= r.length) return 1;
          gb4(out, c - r[k] + r[k + 2], 0x81);
        }
      }
      p.i++;
    }
    return 0;
  },
  decode(_st, b, p, end, out) {
    while (p.i < end) {
      let c = b[p.i];
      if (c < 0x80) {
        out.push(c);
        p.i++;
        continue;
      }
      if (end - p.i < 2) return TOOFEW;
      let c2 = b[p.i + 1];
      if (c2 >= 0x30 && c2 <= 0x39) {
        if (end - p.i < 4) return TOOFEW;
        let c3 = b[p.i + 2];
        let c4 = b[p.i + 3];
        if (c < 0x81 || c > 0xfe || c3 < 0x81 || c3 > 0xfe || c4 < 0x30 || c4 > 0x39) return 1;
        c -= 0x81;
        c2 -= 0x30;
        c3 -= 0x81;
        c4 -= 0x30;
        if (c < 4) {
          const lseq = (c * 10 + c2) * 1260 + c3 * 10 + c4;
          if (lseq < 39420) {
            const r = gb18030ranges();
            let k = 0;
            while (k + 3 < r.length && lseq >= r[k + 5]) k += 3;
            out.push(r[k] - r[k + 2] + lseq);
            p.i += 4;
            continue;
          }
        } else if (c >= 15) {
          const lseq = 0x10000 + ((c - 15) * 10 + c2) * 1260 + c3 * 10 + c4;
          if (lseq <= 0x10ffff) {
            out.push(lseq);
            p.i += 4;
            continue;
          }
        }
        return 1;
      }
      let u = gbkDecode(c, c2);
      if (u === 0) u = gb18030ext()[(c << 8) | c2];
      if (u === 0) return 1;
      out.push(u);
      p.i += 2;
    }
    return 0;
  },
};

const hz: CjkCodec = {
  name: 'hz',
  encinit(st) { st.fill(0); },
  encreset(st, out) {
    if (st[0] !== 0) {
      out.push(0x7e, 0x7d);
      st[0] = 0;
    }
    return 0;
  },
  encode(st, cps, p, out) {
    const enc = gbcommon();
    while (p.i < cps.length) {
      const c = cps[p.i];
      if (c < 0x80) {
        if (st[0] !== 0) {
          out.push(0x7e, 0x7d);
          st[0] = 0;
        }
        out.push(c);
        if (c === 0x7e) out.push(0x7e);
        p.i++;
        continue;
      }
      if (c > 0xffff) return 1;
      const m = enc.get(c);
      if (m === undefined || m & 0x8000) return 1;
      if (st[0] === 0) {
        out.push(0x7e, 0x7b, m >> 8, m & 0xff);
        st[0] = 1;
      } else out.push(m >> 8, m & 0xff);
      p.i++;
    }
    return 0;
  },
  decinit(st) { st.fill(0); },
  decreset(st) { st.fill(0, 0, 4); },
  decode(st, b, p, end, out) {
    const t = gb2312();
    while (p.i < end) {
      const c = b[p.i];
      if (c === 0x7e) {
        if (end - p.i < 2) return TOOFEW;
        const c2 = b[p.i + 1];
        // '~~' and the line continuation '~\n' only in ASCII mode.
        if (c2 === 0x7e && st[0] === 0) out.push(0x7e);
        else if (c2 === 0x7b && st[0] === 0) st[0] = 1;
        else if (c2 === 0x0a && st[0] === 0) { /* line continuation */ }
        else if (c2 === 0x7d && st[0] === 1) st[0] = 0;
        else return 1;
        p.i += 2;
        continue;
      }
      if (c & 0x80) return 1;
      if (st[0] === 0) {
        out.push(c);
        p.i++;
      } else {
        if (end - p.i < 2) return TOOFEW;
        const u = t[(c << 8) | b[p.i + 1]];
        if (u === 0) return 1;
        out.push(u);
        p.i += 2;
      }
    }
    return 0;
  },
};

// ---------------------------------------------------------------------------
// Taiwanese

function tableCodec(name: string, dec: () => Uint32Array, enc: () => EncMap): CjkCodec {
  return {
    name,
    encode(_st, cps, p, out) {
      const m = enc();
      while (p.i < cps.length) {
        const c = cps[p.i];
        if (c < 0x80) out.push(c);
        else {
          const k = c > 0xffff ? undefined : m.get(c);
          if (k === undefined) return 1;
          out.push(k >> 8, k & 0xff);
        }
        p.i++;
      }
      return 0;
    },
    decode(_st, b, p, end, out) {
      const t = dec();
      while (p.i < end) {
        const c = b[p.i];
        if (c < 0x80) {
          out.push(c);
          p.i++;
          continue;
        }
        if (end - p.i < 2) return TOOFEW;
        const u = t[(c << 8) | b[p.i + 1]];
        if (u === 0) return 1;
        out.push(u);
        p.i += 2;
      }
      return 0;
    },
  };
}

// ---------------------------------------------------------------------------
// Hong Kong

/** The four HKSCS codes of a character and a combining mark, indexed as CPython does: Ê̄ Ê̌ ê̄ ê̌. */
const HKSCS_PAIR_CODES = [0x8862, 0x8864, 0x88a3, 0x88a5];

const big5hkscs: CjkCodec = {
  name: 'big5hkscs',
  encode(_st, cps, p, out, flags) {
    const hk = hkscsEnc();
    const b5 = big5enc();
    while (p.i < cps.length) {
      const c = cps[p.i];
      if (c < 0x80) {
        out.push(c);
        p.i++;
        continue;
      }
      let insize = 1;
      let code: number | undefined;
      if (c === 0xca || c === 0xea) {
        // Ê and ê alone or with U+0304/U+030C (CPython masks the second character: U+10304 counts too).
        const more = cps.length - p.i >= 2;
        const c2 = more ? cps[p.i + 1] : 0;
        if (more && (c2 & 0xfff7) === 0x0304) {
          code = HKSCS_PAIR_CODES[((c >> 4) | (c2 >> 3)) & 3];
          insize = 2;
        } else if (!more && !(flags & FLUSH)) return TOOFEW;
        else code = c === 0xca ? 0x8866 : 0x88a7;
      } else if (c < 0x10000) {
        code = hk.bmp.get(c) ?? b5.get(c);
        if (code === undefined) return 1;
      } else {
        code = hk.emp.get(c);
        if (code === undefined) return 1;
      }
      out.push(code >> 8, code & 0xff);
      p.i += insize;
    }
    return 0;
  },
  decode(_st, b, p, end, out) {
    const b5 = big5dec();
    const hk = hkscsDec();
    while (p.i < end) {
      const c = b[p.i];
      if (c < 0x80) {
        out.push(c);
        p.i++;
        continue;
      }
      if (end - p.i < 2) return TOOFEW;
      const c2 = b[p.i + 1];
      const k = (c << 8) | c2;
      // Big5's cells first, except in C6A1..C8FE, where HKSCS replaces ETEN's extensions.
      let u = 0xc6 > c || c > 0xc8 || (c < 0xc7 && c2 < 0xa1) ? b5[k] : 0;
      if (u === 0) u = hk[k];
      if (u !== 0) out.push(u);
      else if (k === 0x8862) out.push(0xca, 0x304);
      else if (k === 0x8864) out.push(0xca, 0x30c);
      else if (k === 0x88a3) out.push(0xea, 0x304);
      else if (k === 0x88a5) out.push(0xea, 0x30c);
      else return 1;
      p.i += 2;
    }
    return 0;
  },
};

// ---------------------------------------------------------------------------
// Korean

const CHOSEONG = [0xa1, 0xa2, 0xa4, 0xa7, 0xa8, 0xa9, 0xb1, 0xb2, 0xb3, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe];
const JONGSEONG = [0xd4, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf, 0xb0, 0xb1, 0xb2, 0xb4, 0xb5,
  0xb6, 0xb7, 0xb8, 0xba, 0xbb, 0xbc, 0xbd, 0xbe];

const euc_kr: CjkCodec = {
  name: 'euc_kr',
  encode(_st, cps, p, out) {
    const enc = cp949enc();
    while (p.i < cps.length) {
      const c = cps[p.i];
      if (c < 0x80) out.push(c);
      else {
        const m = c > 0xffff ? undefined : enc.get(c);
        if (m === undefined) return 1;
        if (!(m & 0x8000)) out.push((m >> 8) | 0x80, (m & 0xff) | 0x80);
        else {
          // A UHC-only syllable: KS X 1001:1998 Annex 3's make-up sequence of jamo.
          const s = c - 0xac00;
          out.push(0xa4, 0xd4, 0xa4, CHOSEONG[Math.floor(s / 588)], 0xa4, 0xbf + Math.floor(s / 28) % 21, 0xa4, JONGSEONG[s % 28]);
        }
      }
      p.i++;
    }
    return 0;
  },
  decode(_st, b, p, end, out) {
    const t = ksx1001();
    while (p.i < end) {
      const c = b[p.i];
      if (c < 0x80) {
        out.push(c);
        p.i++;
        continue;
      }
      if (end - p.i < 2) return TOOFEW;
      if (c === 0xa4 && b[p.i + 1] === 0xd4) {
        if (end - p.i < 8) return TOOFEW;
        if (b[p.i + 2] !== 0xa4 || b[p.i + 4] !== 0xa4 || b[p.i + 6] !== 0xa4) return 1;
        const cho = CHOSEONG.indexOf(b[p.i + 3]);
        const v = b[p.i + 5];
        const jung = v >= 0xbf && v <= 0xd3 ? v - 0xbf : -1;
        const jong = JONGSEONG.indexOf(b[p.i + 7]);
        if (cho < 0 || jung < 0 || jong < 0) return 1;
        out.push(0xac00 + cho * 588 + jung * 28 + jong);
        p.i += 8;
        continue;
      }
      const c2 = b[p.i + 1];
      const u = c2 >= 0x80 ? t[((c ^ 0x80) << 8) | (c2 ^ 0x80)] : 0;
      if (u === 0) return 1;
      out.push(u);
      p.i += 2;
    }
    return 0;
  },
};

const cp949: CjkCodec = {
  name: 'cp949',
  encode(_st, cps, p, out) {
    const enc = cp949enc();
    while (p.i < cps.length) {
      const c = cps[p.i];
      if (c < 0x80) out.push(c);
      else {
        const m = c > 0xffff ? undefined : enc.get(c);
        if (m === undefined) return 1;
        out.push((m >> 8) | 0x80, m & 0x8000 ? m & 0xff : (m & 0xff) | 0x80);
      }
      p.i++;
    }
    return 0;
  },
  decode(_st, b, p, end, out) {
    const t = ksx1001();
    const x = cp949ext();
    while (p.i < end) {
      const c = b[p.i];
      if (c < 0x80) {
        out.push(c);
        p.i++;
        continue;
      }
      if (end - p.i < 2) return TOOFEW;
      const c2 = b[p.i + 1];
      let u = c2 >= 0x80 ? t[((c ^ 0x80) << 8) | (c2 ^ 0x80)] : 0;
      if (u === 0) u = x[(c << 8) | c2];
      if (u === 0) return 1;
      out.push(u);
      p.i += 2;
    }
    return 0;
  },
};

// Johab: syllables by their jamo indices (5 bits each), other KS X 1001 cells moved by a formula.
const NONE = 0xff;
const FILL = 0xfd;
const J_CHO_IDX = [NONE, FILL, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE];
const J_JUNG_IDX = [NONE, NONE, FILL, 0, 1, 2, 3, 4, NONE, NONE, 5, 6, 7, 8, 9, 10, NONE, NONE, 11, 12, 13, 14, 15, 16, NONE, NONE, 17, 18, 19, 20, NONE, NONE];
const J_JONG_IDX = [NONE, FILL, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, NONE, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, NONE, NONE];
const J_CHO_JAMO = [NONE, FILL, 0x31, 0x32, 0x34, 0x37, 0x38, 0x39, 0x41, 0x42, 0x43, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e];
const J_JUNG_JAMO = [NONE, NONE, FILL, 0x4f, 0x50, 0x51, 0x52, 0x53, NONE, NONE, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, NONE, NONE, 0x5a, 0x5b,
  0x5c, 0x5d, 0x5e, 0x5f, NONE, NONE, 0x60, 0x61, 0x62, 0x63];
const J_JONG_JAMO = [NONE, FILL, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x40, 0x41, NONE, 0x42,
  0x44, 0x45, 0x46, 0x47, 0x48, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e];
const U2J_CHO = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
const U2J_JUNG = [3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23, 26, 27, 28, 29];
const U2J_JONG = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29];
/** U+3131..U+3163 (compatibility jamo) in Johab. */
const U2J_JAMO = [
  0x8841, 0x8c41, 0x8444, 0x9041, 0x8446, 0x8447, 0x9441, 0x9841, 0x9c41, 0x844a, 0x844b, 0x844c, 0x844d, 0x844e, 0x844f,
  0x8450, 0xa041, 0xa441, 0xa841, 0x8454, 0xac41, 0xb041, 0xb441, 0xb841, 0xbc41, 0xc041, 0xc441, 0xc841, 0xcc41, 0xd041, 0x8461,
  0x8481, 0x84a1, 0x84c1, 0x84e1, 0x8541, 0x8561, 0x8581, 0x85a1, 0x85c1, 0x85e1, 0x8641, 0x8661, 0x8681, 0x86a1, 0x86c1, 0x86e1,
  0x8741, 0x8761, 0x8781, 0x87a1,
];

const johab: CjkCodec = {
  name: 'johab',
  encode(_st, cps, p, out) {
    const enc = cp949enc();
    while (p.i < cps.length) {
      let c = cps[p.i];
      if (c < 0x80) {
        out.push(c);
        p.i++;
        continue;
      }
      if (c > 0xffff) return 1;
      let code: number;
      if (c >= 0xac00 && c <= 0xd7a3) {
        c -= 0xac00;
        code = 0x8000 | (U2J_CHO[Math.floor(c / 588)] << 10) | (U2J_JUNG[Math.floor(c / 28) % 21] << 5) | U2J_JONG[c % 28];
      } else if (c >= 0x3131 && c <= 0x3163) code = U2J_JAMO[c - 0x3131];
      else {
        const m = enc.get(c);
        if (m === undefined || m & 0x8000) return 1;
        const c1 = m >> 8;
        const c2 = m & 0xff;
        if (((c1 >= 0x21 && c1 <= 0x2c) || (c1 >= 0x4a && c1 <= 0x7d)) && c2 >= 0x21 && c2 <= 0x7e) {
          const t1 = c1 < 0x4a ? c1 - 0x21 + 0x1b2 : c1 - 0x21 + 0x197;
          const t2 = ((t1 & 1) ? 0x5e : 0) + (c2 - 0x21);
          out.push(t1 >> 1, t2 < 0x4e ? t2 + 0x31 : t2 + 0x43);
          p.i++;
          continue;
        }
        return 1;
      }
      out.push(code >> 8, code & 0xff);
      p.i++;
    }
    return 0;
  },
  decode(_st, b, p, end, out) {
    const t = ksx1001();
    while (p.i < end) {
      const c = b[p.i];
      if (c < 0x80) {
        out.push(c);
        p.i++;
        continue;
      }
      if (end - p.i < 2) return TOOFEW;
      const c2 = b[p.i + 1];
      if (c < 0xd8) {
        const cCho = (c >> 2) & 0x1f;
        const cJung = ((c << 3) | (c2 >> 5)) & 0x1f;
        const cJong = c2 & 0x1f;
        const iCho = J_CHO_IDX[cCho];
        const iJung = J_JUNG_IDX[cJung];
        const iJong = J_JONG_IDX[cJong];
        if (iCho === NONE || iJung === NONE || iJong === NONE) return 1;
        if (iCho === FILL) {
          if (iJung === FILL) out.push(iJong === FILL ? 0x3000 : 0x3100 | J_JONG_JAMO[cJong]);
          else if (iJong === FILL) out.push(0x3100 | J_JUNG_JAMO[cJung]);
          else return 1;
        } else if (iJung === FILL) {
          if (iJong === FILL) out.push(0x3100 | J_CHO_JAMO[cCho]);
          else return 1;
        } else out.push(0xac00 + iCho * 588 + iJung * 28 + (iJong === FILL ? 0 : iJong));
        p.i += 2;
      } else {
        if (c === 0xdf || c > 0xf9 || c2 < 0x31 || (c2 >= 0x80 && c2 < 0x91) || (c2 & 0x7f) === 0x7f || (c === 0xda && c2 >= 0xa1 && c2 <= 0xd3)) return 1;
        let t1 = c < 0xe0 ? 2 * (c - 0xd9) : 2 * c - 0x197;
        let t2 = c2 < 0x91 ? c2 - 0x31 : c2 - 0x43;
        t1 = t1 + (t2 < 0x5e ? 0 : 1) + 0x21;
        t2 = (t2 < 0x5e ? t2 : t2 - 0x5e) + 0x21;
        const u = t[((t1 & 0xff) << 8) | (t2 & 0xff)];
        if (u === 0) return 1;
        out.push(u);
        p.i += 2;
      }
    }
    return 0;
  },
};

// ---------------------------------------------------------------------------
// ISO-2022 (state bytes: G0..G3 charsets, then flags)

const ESC = 0x1b;
const SO = 0x0e;
const SI = 0x0f;
const DBCS = 0x80;
const CS_ASCII = 0x42; // 'B'
const CS_ISO8859_1 = 0x41;
const CS_ISO8859_7 = 0x46;
const CS_JISX0201_K = 0x49;
const CS_JISX0201_R = 0x4a;
const CS_GB2312 = 0x41 | DBCS;
const CS_JISX0208 = 0x42 | DBCS;
const CS_KSX1001 = 0x43 | DBCS;
const CS_JISX0212 = 0x44 | DBCS;
const CS_JISX0208_O = 0x40 | DBCS;
const F_SHIFTED = 1;
const F_ESCTHROUGHOUT = 2;
const NO_SHIFT = 1;
const USE_G2 = 2;
const USE_JISX0208_EXT = 4;
const UNMAPPABLE = -1;

const MULTIPLE_AVAIL = -5;

interface Designation {
  mark: number;
  plane: number;
  width: number;
  /** A code point, a pair (first << 16 | second), or UNMAPPABLE. */
  decode(b: Uint8Array, i: number): number;
  /** A code, UNMAPPABLE, or MULTIPLE_AVAIL (c may begin a pair: ask encodePair). */
  encode(c: number): number;
  /** JIS X 0213's second look at a pair's first character: length 2 (c2 follows) or -1 (flushing, nothing
   *  follows); sets jInsize to the characters used. */
  encodePair?(c: number, c2: number, length: number): number;
}

const dsKsx1001 = (plane: number): Designation => ({
  mark: CS_KSX1001, plane, width: 2,
  decode: (b, i) => ksx1001()[(b[i] << 8) | b[i + 1]] || UNMAPPABLE,
  encode: (c) => {
    const m = c > 0xffff ? undefined : cp949enc().get(c);
    return m === undefined || m & 0x8000 ? UNMAPPABLE : m;
  },
});
const jis0208Decode = (b: Uint8Array, i: number) => (b[i] === 0x21 && b[i + 1] === 0x40 ? 0xff3c : jisx0208()[(b[i] << 8) | b[i + 1]] || UNMAPPABLE);
const jis0208Encode = (c: number) => {
  if (c === 0xff3c) return 0x2140;
  const m = jisx0208enc().get(c);
  return m === undefined ? UNMAPPABLE : m;
};
const dsJisx0208: Designation = { mark: CS_JISX0208, plane: 0, width: 2, decode: jis0208Decode, encode: jis0208Encode };
const dsJisx0208O: Designation = { mark: CS_JISX0208_O, plane: 0, width: 2, decode: jis0208Decode, encode: jis0208Encode };
const dsJisx0212: Designation = {
  mark: CS_JISX0212, plane: 0, width: 2,
  decode: (b, i) => jisx0212()[(b[i] << 8) | b[i + 1]] || UNMAPPABLE,
  encode: (c) => {
    const m = c > 0xffff ? undefined : jisxcommon().get(c);
    return m !== undefined && m & 0x8000 ? m & 0x7fff : UNMAPPABLE;
  },
};
const dsJisx0201R: Designation = {
  mark: CS_JISX0201_R, plane: 0, width: 1,
  decode: (b, i) => {
    const c = b[i];
    return c === 0x5c ? 0xa5 : c === 0x7e ? 0x203e : c < 0x80 ? c : UNMAPPABLE;
  },
  encode: (c) => (c < 0x80 && c !== 0x5c && c !== 0x7e ? c : c === 0xa5 ? 0x5c : c === 0x203e ? 0x7e : UNMAPPABLE),
};
const dsJisx0201K: Designation = {
  mark: CS_JISX0201_K, plane: 0, width: 1,
  decode: (b, i) => {
    const c = b[i] ^ 0x80;
    return c >= 0xa1 && c <= 0xdf ? 0xfec0 + c : UNMAPPABLE;
  },
  encode: (c) => (c >= 0xff61 && c <= 0xff9f ? c - 0xfec0 - 0x80 : UNMAPPABLE),
};
const dsGb2312: Designation = {
  mark: CS_GB2312, plane: 0, width: 2,
  decode: (b, i) => gb2312()[(b[i] << 8) | b[i + 1]] || UNMAPPABLE,
  encode: (c) => {
    const m = c > 0xffff ? undefined : gbcommon().get(c);
    return m === undefined || m & 0x8000 ? UNMAPPABLE : m;
  },
};
/** CPython's jisx0213_encoder for one character (length 1) or a pair's first (2, or -1 when flushing);
 *  after a pair's, jInsize says how many characters it took. */
function jisx0213IsoEncode(c: number, c2: number, length: number, v2000: boolean): number {
  if (length === 1) {
    const code = jisx0213Single(c, v2000);
    if (code === MULTIC) return MULTIPLE_AVAIL;
    return code < 0 || code & J0212 ? UNMAPPABLE : code;
  }
  const code = jisx0213Pair(c, length === 2 ? c2 : -1);
  return code === J_INVALID ? UNMAPPABLE : code;
}

/** JIS X 0213 plane 1 (ESC $ ( O for 2000, Q for 2004): its characters, or with pairOnly only its pairs
 *  (listed first, so that a pair wins over JIS X 0208's code for the first character alone). */
function dsJisx0213P1(v2000: boolean, pairOnly: boolean): Designation {
  const plane1 = (code: number) => (code === UNMAPPABLE || code === MULTIPLE_AVAIL || !(code & 0x8000) ? code : UNMAPPABLE);
  return {
    mark: (v2000 ? 0x4f : 0x51) | DBCS, plane: 0, width: 2,
    decode: (b, i) => {
      const k = (b[i] << 8) | b[i + 1];
      if (v2000 && JIS2000_NO_P1.has(k)) return UNMAPPABLE;
      return k === 0x2140 ? 0xff3c : jisx0213p1()[k] || UNMAPPABLE;
    },
    encode: (c) => {
      const code = jisx0213IsoEncode(c, 0, 1, v2000);
      return pairOnly ? (code === MULTIPLE_AVAIL ? code : UNMAPPABLE) : plane1(code);
    },
    encodePair: (c, c2, length) => {
      const code = jisx0213IsoEncode(c, c2, length, v2000);
      if (pairOnly) return length === 2 && jInsize === 2 ? code : UNMAPPABLE;
      return plane1(code);
    },
  };
}

/** JIS X 0213 plane 2 (ESC $ ( P). */
function dsJisx0213P2(v2000: boolean): Designation {
  const plane2 = (code: number) => (code === UNMAPPABLE || code === MULTIPLE_AVAIL ? code : code & 0x8000 ? code & 0x7fff : UNMAPPABLE);
  return {
    mark: 0x50 | DBCS, plane: 0, width: 2,
    decode: (b, i) => jisx0213p2()[(b[i] << 8) | b[i + 1]] || UNMAPPABLE,
    encode: (c) => plane2(jisx0213IsoEncode(c, 0, 1, v2000)),
    encodePair: (c, c2, length) => plane2(jisx0213IsoEncode(c, c2, length, v2000)),
  };
}

/** The G2 sets of iso2022_jp_2: decoded by the SS2 code below, never used to encode. */
const dsDummy = (mark: number): Designation => ({ mark, plane: 2, width: 1, decode: () => UNMAPPABLE, encode: () => UNMAPPABLE });

/** ISO 8859-7's right half (for ESC N in iso2022_jp_2), or -1. */
function iso8859_7(c: number): number {
  if (c < 0xa0) return c;
  if (c < 0xc0 && (0x288f3bc9 & (1 << (c - 0xa0)))) return c;
  if (c >= 0xb4 && c <= 0xfe && (c >= 0xd4 || (0xbffffd77 & (1 << (c - 0xb4))))) return 0x02d0 + c;
  if (c === 0xa1) return 0x2018;
  if (c === 0xa2) return 0x2019;
  if (c === 0xaf) return 0x2015;
  return -1;
}

const isEscEnd = (c: number) => (c >= 0x41 && c <= 0x5a) || c === 0x40;
const isIso2022Esc = (c: number) => c === 0x28 || c === 0x29 || c === 0x24 || c === 0x2e || c === 0x26;

function iso2022(name: string, flags: number, dsgs: Designation[]): CjkCodec {
  const has = (f: number) => (flags & f) !== 0;
  function processEsc(st: Uint8Array, b: Uint8Array, p: Cursor, end: number): number {
    const left = end - p.i;
    let i = 1;
    let esclen = 0;
    for (; i < 16; i++) {
      if (i >= left) return TOOFEW;
      if (isEscEnd(b[p.i + i])) {
        esclen = i + 1;
        break;
      } else if (has(USE_JISX0208_EXT) && i + 1 < left && b[p.i + i] === 0x26 && b[p.i + i + 1] === 0x40) i += 2;
    }
    if (i >= 16) return 1;
    const in2 = b[p.i + 1];
    const in3 = b[p.i + 2];
    let charset: number;
    let designation: number;
    switch (esclen) {
      case 3:
        if (in2 === 0x24) {
          charset = in3 | DBCS;
          designation = 0;
        } else {
          charset = in3;
          if (in2 === 0x28) designation = 0;
          else if (in2 === 0x29) designation = 1;
          else if (has(USE_G2) && in2 === 0x2e) designation = 2;
          else return 3;
        }
        break;
      case 4:
        if (in2 !== 0x24) return 4;
        charset = b[p.i + 3] | DBCS;
        if (in3 === 0x28) designation = 0;
        else if (in3 === 0x29) designation = 1;
        else return 4;
        break;
      case 6:
        if (has(USE_JISX0208_EXT) && b[p.i + 3] === ESC && b[p.i + 4] === 0x24 && b[p.i + 5] === 0x42) {
          charset = 0x42 | DBCS;
          designation = 0;
        } else return 6;
        break;
      default:
        return esclen;
    }
    if (charset !== CS_ASCII && !dsgs.some((d) => d.mark === charset)) return esclen;
    st[designation] = charset;
    p.i += esclen;
    return 0;
  }
  return {
    name,
    encinit(st) {
      st[4] = 0;
      st[0] = CS_ASCII;
      st[1] = CS_ASCII;
    },
    encreset(st, out) {
      if (st[4] & F_SHIFTED) {
        out.push(SI);
        st[4] &= ~F_SHIFTED;
      }
      if (st[0] !== CS_ASCII) {
        out.push(ESC, 0x28, 0x42);
        st[0] = CS_ASCII;
      }
      return 0;
    },
    encode(st, cps, p, out, flags) {
      while (p.i < cps.length) {
        const c = cps[p.i];
        if (c < 0x80) {
          if (st[0] !== CS_ASCII) {
            out.push(ESC, 0x28, 0x42);
            st[0] = CS_ASCII;
          }
          if (st[4] & F_SHIFTED) {
            out.push(SI);
            st[4] &= ~F_SHIFTED;
          }
          out.push(c);
          p.i++;
          continue;
        }
        let dsg: Designation | undefined;
        let encoded = UNMAPPABLE;
        let insize = 1;
        for (const d of dsgs) {
          encoded = d.encode(c);
          if (encoded === MULTIPLE_AVAIL) {
            // A pair's first character: look at the next (wait for it unless flushing).
            let length = 2;
            if (cps.length - p.i < 2) {
              if (!(flags & FLUSH)) return TOOFEW;
              length = -1;
            }
            encoded = d.encodePair!(c, length === 2 ? cps[p.i + 1] : 0, length);
            if (encoded !== UNMAPPABLE) {
              insize = jInsize;
              dsg = d;
              break;
            }
          } else if (encoded !== UNMAPPABLE) {
            dsg = d;
            break;
          }
        }
        if (dsg === undefined) return 1;
        if (dsg.plane === 0) {
          if (st[4] & F_SHIFTED) {
            out.push(SI);
            st[4] &= ~F_SHIFTED;
          }
          if (st[0] !== dsg.mark) {
            if (dsg.width === 1) out.push(ESC, 0x28, dsg.mark & 0x7f);
            else if (dsg.mark === CS_JISX0208) out.push(ESC, 0x24, dsg.mark & 0x7f);
            else out.push(ESC, 0x24, 0x28, dsg.mark & 0x7f);
            st[0] = dsg.mark;
          }
        } else if (dsg.plane === 1) {
          if (st[1] !== dsg.mark) {
            if (dsg.width === 1) out.push(ESC, 0x29, dsg.mark & 0x7f);
            else out.push(ESC, 0x24, 0x29, dsg.mark & 0x7f);
            st[1] = dsg.mark;
          }
          if (!(st[4] & F_SHIFTED)) {
            out.push(SO);
            st[4] |= F_SHIFTED;
          }
        } else return INTERNAL;
        if (dsg.width === 1) out.push(encoded);
        else out.push(encoded >> 8, encoded & 0xff);
        p.i += insize;
      }
      return 0;
    },
    decinit(st) {
      st[4] = 0;
      st[0] = CS_ASCII;
      st[1] = CS_ASCII;
      st[2] = CS_ASCII;
    },
    decreset(st) {
      st[0] = CS_ASCII;
      st[4] &= ~F_SHIFTED;
    },
    decode(st, b, p, end, out) {
      while (p.i < end) {
        const c = b[p.i];
        if (st[4] & F_ESCTHROUGHOUT) {
          // After an escape that is not ISO 2022's: bytes as Latin-1 up to its final byte.
          out.push(c);
          p.i++;
          if (isEscEnd(c)) st[4] &= ~F_ESCTHROUGHOUT;
          continue;
        }
        if (c === ESC) {
          if (end - p.i < 2) return TOOFEW;
          const c2 = b[p.i + 1];
          if (isIso2022Esc(c2)) {
            const err = processEsc(st, b, p, end);
            if (err !== 0) return err;
          } else if (has(USE_G2) && c2 === 0x4e) {
            if (end - p.i < 3) return TOOFEW;
            const c3 = b[p.i + 2];
            let u: number;
            if (st[2] === CS_ISO8859_1) u = c3 < 0x80 ? c3 + 0x80 : -1;
            else if (st[2] === CS_ISO8859_7) u = iso8859_7(c3 ^ 0x80);
            else if (st[2] === CS_ASCII) u = c3 & 0x80 ? -1 : c3;
            else return INTERNAL;
            if (u < 0) return 3;
            out.push(u);
            p.i += 3;
          } else {
            out.push(ESC);
            st[4] |= F_ESCTHROUGHOUT;
            p.i++;
          }
          continue;
        }
        if ((c === SI || c === SO) && !has(NO_SHIFT)) {
          if (c === SI) st[4] &= ~F_SHIFTED;
          else st[4] |= F_SHIFTED;
          p.i++;
          continue;
        }
        if (c === 0x0a) {
          st[4] &= ~F_SHIFTED;
          out.push(c);
          p.i++;
          continue;
        }
        if (c < 0x20) {
          out.push(c);
          p.i++;
          continue;
        }
        if (c >= 0x80) return 1;
        const charset = st[4] & F_SHIFTED ? st[1] : st[0];
        if (charset === CS_ASCII) {
          out.push(c);
          p.i++;
          continue;
        }
        const dsg = dsgs.find((d) => d.mark === charset);
        if (dsg === undefined) return INTERNAL;
        if (end - p.i < dsg.width) return TOOFEW;
        const u = dsg.decode(b, p.i);
        if (u === UNMAPPABLE) return dsg.width;
        pushJis(out, u);
        p.i += dsg.width;
      }
      return 0;
    },
  };
}

// ---------------------------------------------------------------------------

const CODECS: { [module: string]: { [name: string]: () => CjkCodec } } = {
  jp: {
    shift_jis: () => shift_jis, cp932: () => cp932, euc_jp: () => euc_jp, shift_jis_2004: () => shiftJis2004('shift_jis_2004', false),
    euc_jis_2004: () => eucJis2004('euc_jis_2004', false), euc_jisx0213: () => eucJis2004('euc_jisx0213', true),
    shift_jisx0213: () => shiftJis2004('shift_jisx0213', true),
  },
  hk: { big5hkscs: () => big5hkscs },
  cn: { gb2312: () => gb2312Codec, gbk: () => gbk, gb18030: () => gb18030, hz: () => hz },
  tw: { big5: () => tableCodec('big5', big5dec, big5enc), cp950: () => tableCodec('cp950', cp950dec, cp950enc) },
  kr: { euc_kr: () => euc_kr, cp949: () => cp949, johab: () => johab },
  iso2022: {
    iso2022_kr: () => iso2022('iso2022_kr', 0, [dsKsx1001(1)]),
    iso2022_jp: () => iso2022('iso2022_jp', NO_SHIFT | USE_JISX0208_EXT, [dsJisx0208, dsJisx0201R, dsJisx0208O]),
    iso2022_jp_1: () => iso2022('iso2022_jp_1', NO_SHIFT | USE_JISX0208_EXT, [dsJisx0208, dsJisx0212, dsJisx0201R, dsJisx0208O]),
    iso2022_jp_2: () => iso2022('iso2022_jp_2', NO_SHIFT | USE_G2 | USE_JISX0208_EXT, [dsJisx0208, dsJisx0212, dsKsx1001(0), dsGb2312,
      dsJisx0201R, dsJisx0208O, dsDummy(CS_ISO8859_1), dsDummy(CS_ISO8859_7)]),
    iso2022_jp_2004: () => iso2022('iso2022_jp_2004', NO_SHIFT | USE_JISX0208_EXT, [dsJisx0213P1(false, true), dsJisx0208,
      dsJisx0213P1(false, false), dsJisx0213P2(false)]),
    iso2022_jp_3: () => iso2022('iso2022_jp_3', NO_SHIFT | USE_JISX0208_EXT, [dsJisx0213P1(true, true), dsJisx0208,
      dsJisx0213P1(true, false), dsJisx0213P2(true)]),
    iso2022_jp_ext: () => iso2022('iso2022_jp_ext', NO_SHIFT | USE_JISX0208_EXT, [dsJisx0208, dsJisx0212, dsJisx0201R, dsJisx0201K, dsJisx0208O]),
  },
};

const made = new Map<string, CjkCodec>();
/** The codec `name` of _codecs_<module>, or undefined (not one of its codecs). */
export function findCodec(module: string, name: string): CjkCodec | undefined {
  const f = CODECS[module]?.[name];
  if (f === undefined) return undefined;
  let c = made.get(name);
  if (c === undefined) {
    c = f();
    made.set(name, c);
  }
  return c;
}

/** encodings/aliases.py's names for these codecs (after normalize_encoding). */
const ALIASES: { [alias: string]: string } = {};
for (const [codec, names] of Object.entries({
  shift_jis: 'csshiftjis s_jis shiftjis sjis x_mac_japanese', cp932: '932 ms932 ms_kanji mskanji', euc_jp: 'eucjp u_jis ujis',
  gb2312: 'chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese',
  gbk: '936 cp936 ms936', gb18030: 'gb18030_2000', hz: 'hz_gb hz_gb_2312 hzgb', big5: 'big5_tw csbig5 x_mac_trad_chinese',
  cp950: '950 ms950', euc_kr: 'euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean', cp949: '949 ms949 uhc',
  johab: 'cp1361 ms1361', iso2022_jp: 'csiso2022jp iso2022jp iso_2022_jp', iso2022_jp_1: 'iso2022jp_1 iso_2022_jp_1',
  iso2022_jp_2: 'iso2022jp_2 iso_2022_jp_2', iso2022_jp_ext: 'iso2022jp_ext iso_2022_jp_ext', iso2022_kr: 'csiso2022kr iso2022kr iso_2022_kr',
  iso2022_jp_2004: 'iso2022jp_2004 iso_2022_jp_2004', iso2022_jp_3: 'iso2022jp_3 iso_2022_jp_3', big5hkscs: 'big5_hkscs hkscs',
  euc_jis_2004: 'euc_jis2004 eucjis2004 jisx0213', euc_jisx0213: 'eucjisx0213', shift_jis_2004: 's_jis_2004 shiftjis2004 sjis_2004',
  shift_jisx0213: 's_jisx0213 shiftjisx0213 sjisx0213',
})) for (const a of names.split(' ')) ALIASES[a] = codec;

/** The codec an encoding name means (as the encodings package would find it), or undefined. */
export function codecByName(name: string): CjkCodec | undefined {
  let norm = name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  norm = ALIASES[norm] ?? norm;
  for (const module of Object.keys(CODECS)) {
    const c = findCodec(module, norm);
    if (c !== undefined) return c;
  }
  return undefined;
}

/** A strict decode of all of b (for source files): the text, or the UnicodeDecodeError's message. */
export function decodeStrict(codec: CjkCodec, b: Uint8Array): { text: number[] } | { error: string } {
  const st = new Uint8Array(8);
  codec.decinit?.(st);
  const p = { i: 0 };
  const out: number[] = [];
  while (p.i < b.length) {
    const r = codec.decode(st, b, p, b.length, out);
    if (r === 0) break;
    const end = r === TOOFEW ? b.length : p.i + r;
    const what = end - p.i === 1 ? `byte 0x${b[p.i].toString(16).padStart(2, '0')} in position ${p.i}` : `bytes in position ${p.i}-${end - 1}`;
    return { error: `'${codec.name}' codec can't decode ${what}: ${r === TOOFEW ? 'incomplete' : 'illegal'} multibyte sequence` };
  }
  return { text: out };
}
