// The character sets of the CJK codecs, derived at first use from the decoders ICU ships behind
// TextDecoder (no mapping data is committed), then brought to CPython's tables
// (Modules/cjkcodecs/mappings_*.h) by the small rules and delta lists below, which were checked
// code point by code point against CPython 3.11 (scripts/check-cjk-codecs.py).
//
// A decode table is a Uint32Array indexed by (lead << 8 | trail) (0: unmapped); an encode table a
// Map from code point to the 2-byte code. Everything is built once per process and cached.

/** Decode every lead/trail pair of the ranges with one TextDecoder call (a newline after each pair). */
function icuPairs(enc: string, l0: number, l1: number, t0: number, t1: number, prefix: number[] = []): Uint32Array {
  const nt = t1 - t0 + 1;
  const w = prefix.length + 3;
  const buf = new Uint8Array((l1 - l0 + 1) * nt * w);
  let k = 0;
  for (let a = l0; a <= l1; a++) {
    for (let b = t0; b <= t1; b++) {
      for (const p of prefix) buf[k++] = p;
      buf[k++] = a;
      buf[k++] = b;
      buf[k++] = 10;
    }
  }
  const segs = new TextDecoder(enc).decode(buf).split('\n');
  const out = new Uint32Array(65536);
  let i = 0;
  for (let a = l0; a <= l1; a++) {
    for (let b = t0; b <= t1; b++, i++) {
      const g = segs[i];
      if (g === undefined || g.length === 0) continue;
      const cp = g.codePointAt(0)!;
      if (cp !== 0xfffd && g.length === (cp > 0xffff ? 2 : 1)) out[(a << 8) | b] = cp;
    }
  }
  return out;
}

const isPua = (c: number) => c >= 0xe000 && c <= 0xf8ff;

/** A 94x94 set (rows and cells 0x21..0x7e) as a decode table indexed by (row << 8 | cell). */
function from94(src: Uint32Array, offset: number, keep: (row: number, cell: number, cp: number) => boolean): Uint32Array {
  const out = new Uint32Array(65536);
  for (let r = 0x21; r <= 0x7e; r++) {
    for (let c = 0x21; c <= 0x7e; c++) {
      const cp = src[((r + offset) << 8) | (c + offset)];
      if (cp !== 0 && keep(r, c, cp)) out[(r << 8) | c] = cp;
    }
  }
  return out;
}

/** An encode table: code point (BMP) -> code, on a typed array (0: unmapped; no code is 0). */
export class EncMap {
  t = new Uint16Array(65536);
  get(c: number): number | undefined {
    const v = c < 65536 ? this.t[c] : 0;
    return v === 0 ? undefined : v;
  }
  has(c: number): boolean {
    return this.t[c] !== 0;
  }
  set(c: number, code: number): void {
    this.t[c] = code;
  }
  delete(c: number): void {
    this.t[c] = 0;
  }
  /** [code point, code] of every mapping. */
  *entries(): IterableIterator<[number, number]> {
    for (let c = 0; c < 65536; c++) if (this.t[c] !== 0) yield [c, this.t[c]];
  }
}

/** Inverse of a decode table; the first code (lowest) wins unless `prefer` says otherwise. */
function invert(dec: Uint32Array, into?: EncMap, prefer?: (old: number, code: number) => boolean): EncMap {
  const m = into ?? new EncMap();
  const t = m.t;
  for (let k = 0; k < 65536; k++) {
    const cp = dec[k];
    if (cp === 0 || cp > 0xffff) continue;
    const old = t[cp];
    if (old === 0 || (prefer !== undefined && prefer(old, k))) t[cp] = k;
  }
  return m;
}

const cache = new Map<string, unknown>();
function lazy<T>(name: string, build: () => T): T {
  let v = cache.get(name) as T | undefined;
  if (v === undefined) {
    v = build();
    cache.set(name, v);
  }
  return v;
}

// ---------------------------------------------------------------------------
// Japanese.

/** JIS X 0208 (row << 8 | cell): WHATWG's jis0208 without NEC row 13 and the IBM rows (89..92),
 *  and six cells where CPython follows JIS rather than Windows. */
export const jisx0208 = () => lazy('jisx0208', () => {
  const t = from94(icuPairs('euc-jp', 0xa1, 0xfe, 0xa1, 0xfe), 0x80, (r) => r !== 0x2d && r <= 0x74);
  t[0x2141] = 0x301c;
  t[0x2142] = 0x2016;
  t[0x215d] = 0x2212;
  t[0x2171] = 0x00a2;
  t[0x2172] = 0x00a3;
  t[0x224c] = 0x00ac;
  return t;
});

/** JIS X 0212 from EUC-JP's 0x8F sequences, without the IBM rows (0x73..) and with 0x2237 as TILDE. */
export const jisx0212 = () => lazy('jisx0212', () => {
  const t = from94(icuPairs('euc-jp', 0xa1, 0xfe, 0xa1, 0xfe, [0x8f]), 0x80, (r) => r < 0x73);
  t[0x2237] = 0x007e;
  return t;
});

/** JIS X 0208 alone (no U+FF3C: the codecs map it by a rule, as CPython's). */
export const jisx0208enc = () => lazy('jisx0208enc', () => {
  const m = invert(jisx0208());
  m.delete(0xff3c);
  return m;
});

/** jisxcommon: code point -> JIS X 0208 code, or JIS X 0212 code | 0x8000. */
export const jisxcommon = () => lazy('jisxcommon', () => {
  const m = invert(jisx0208());
  const t = jisx0212();
  for (let k = 0; k < 65536; k++) if (t[k] !== 0 && !m.has(t[k])) m.set(t[k], k | 0x8000);
  // CPython's JIS X 0208 decodes 0x2140 as FF3C only by a rule: the table has U+005C, which is ASCII.
  m.delete(0xff3c);
  return m;
});

/** cp932's double-byte table: ICU's Shift_JIS (Windows-31J) as it is. */
export const cp932dec = () => lazy('cp932dec', () => icuPairs('shift_jis', 0x81, 0xfc, 0x40, 0xfc));

/** cp932ext encode: the lowest code of each code point (so NEC row 13 and the NEC-selected IBM rows
 *  ED/EE win over the IBM rows FA..FC, as in CPython's table). */
export const cp932enc = () => lazy('cp932enc', () => invert(cp932dec()));

// ---------------------------------------------------------------------------
// Chinese.

const gbkIcu = () => lazy('gbkIcu', () => icuPairs('gbk', 0x81, 0xfe, 0x40, 0xfe));

/** GBK cells in the GB2312 area that GB2312 lacks. */
const GBK_ONLY_IN_GB2312_AREA: number[] = [0xa2a1, 0xa2aa, 0xa6e0, 0xa6eb, 0xa6ee, 0xa6f2, 0xa6f4, 0xa6f5, 0xa8bb, 0xa8bb, 0xa8bd, 0xa8be, 0xa8c0, 0xa8c0];

/** GB2312 (row << 8 | cell). */
export const gb2312 = () => lazy('gb2312', () => {
  const src = gbkIcu();
  const t = from94(src, 0x80, (r, c, cp) => {
    if (isPua(cp)) return false;
    const k = ((r + 0x80) << 8) | (c + 0x80);
    for (let i = 0; i < GBK_ONLY_IN_GB2312_AREA.length; i += 2) if (k >= GBK_ONLY_IN_GB2312_AREA[i] && k <= GBK_ONLY_IN_GB2312_AREA[i + 1]) return false;
    return true;
  });
  t[0x2124] = 0x30fb;
  t[0x212a] = 0x2015;
  return t;
});

/** gbkext: the GBK cells outside GB2312 (lead << 8 | trail, bytes as sent). */
export const gbkext = () => lazy('gbkext', () => {
  const src = gbkIcu();
  const g = gb2312();
  const t = new Uint32Array(65536);
  for (let k = 0x8140; k < 0xff00; k++) {
    const cp = src[k];
    if (cp === 0 || isPua(cp)) continue;
    if ((k >> 8) >= 0xa1 && (k & 0xff) >= 0xa1 && g[k & 0x7f7f] !== 0) continue;
    t[k] = cp;
  }
  return t;
});

/** gbcommon: code point -> GB2312 code (row << 8 | cell), or GBK code | 0x8000 (bytes as sent). */
export const gbcommon = () => lazy('gbcommon', () => {
  const m = invert(gb2312());
  const e = gbkext();
  for (let k = 0; k < 65536; k++) if (e[k] !== 0 && !m.has(e[k])) m.set(e[k], k);
  return m;
});

/** GB18030's two-byte cells beyond GBK: GB 18030-2000's, where ICU has 2005's. */
const GB18030_2000: number[] = [
  0xa6d9, 0xe78d, 0xa6da, 0xe78e, 0xa6db, 0xe78f, 0xa6dc, 0xe790, 0xa6dd, 0xe791, 0xa6de, 0xe792, 0xa6df, 0xe793,
  0xa6ec, 0xe794, 0xa6ed, 0xe795, 0xa6f3, 0xe796, 0xa8bc, 0xe7c7, 0xfe59, 0xe81e, 0xfe61, 0xe826, 0xfe66, 0xe82b,
  0xfe67, 0xe82c, 0xfe6d, 0xe832, 0xfe7e, 0xe843, 0xfe90, 0xe854, 0xfea0, 0xe864,
];

/** gb18030ext: the GB18030 two-byte cells that GBK lacks. */
export const gb18030ext = () => lazy('gb18030ext', () => {
  const src = icuPairs('gb18030', 0x81, 0xfe, 0x40, 0xfe);
  const g = gb2312();
  const x = gbkext();
  const t = new Uint32Array(65536);
  for (let k = 0x8140; k < 0xff00; k++) {
    if (src[k] === 0 || x[k] !== 0) continue;
    if ((k >> 8) >= 0xa1 && (k & 0xff) >= 0xa1 && g[k & 0x7f7f] !== 0) continue;
    if (k === 0xa1a4 || k === 0xa1aa || k === 0xa844) continue;
    t[k] = src[k];
  }
  for (let i = 0; i < GB18030_2000.length; i += 2) t[GB18030_2000[i]] = GB18030_2000[i + 1];
  t[0xa3a0] = 0xe5e5;
  return t;
});

export const gb18030extEnc = () => lazy('gb18030extEnc', () => invert(gb18030ext()));

/**
 * GB18030's four-byte BMP area as CPython's ranges: [first code point, last, linear base]. The
 * four-byte codes run in code point order over what the two-byte codes leave; they are derived from
 * the two-byte tables (the 2000 edition's, so U+E5E5 and U+1E3F take the places ICU's 2005 has).
 */
export const gb18030ranges = () => lazy('gb18030ranges', () => {
  const two = new Uint8Array(65536);
  const mark = (cp: number) => { two[cp] = 1; };
  for (const m of [gbcommon(), gb18030extEnc()]) for (let cp = 0; cp < 65536; cp++) if (m.t[cp] !== 0) mark(cp);
  mark(0x2014); mark(0x2015); mark(0x00b7);
  two[0x30fb] = 0;
  // U+30FB is GB2312's A1A4 only; GBK and GB18030 have U+00B7 there.
  const ranges: number[] = [];
  let base = 0;
  for (let cp = 0x80; cp <= 0xffff; cp++) {
    if (two[cp] || (cp >= 0xd800 && cp <= 0xdfff)) continue;
    const first = cp;
    while (cp + 1 <= 0xffff && !two[cp + 1] && !(cp + 1 >= 0xd800 && cp + 1 <= 0xdfff)) cp++;
    ranges.push(first, cp, base);
    base += cp - first + 1;
  }
  return ranges;
});

/** big5 (lead << 8 | trail) as CPython's: ICU's without its private-use cells, with ETEN's kana,
 *  Cyrillic and circled numbers at C6A1..C7FC, and CPython's choices for eleven symbols. */
const BIG5_C6: number[] = [
  // [first code, first code point, count] over the valid trails (40..7E, A1..FE)
  0xc6a1, 0x30fe, 1, 0xc6a2, 0x309d, 2, 0xc6a4, 0x3005, 1, 0xc6a5, 0x3041, 83, 0xc6f8, 0x30a1, 86, 0xc7b1, 0x0414, 2,
  0xc7b3, 0x0401, 1, 0xc7b4, 0x0416, 7, 0xc7bb, 0x0423, 19, 0xc7ce, 0x0451, 1, 0xc7cf, 0x0436, 26, 0xc7e9, 0x2460, 10,
  0xc7f3, 0x2474, 10,
];
const BIG5_SYMBOLS: number[] = [
  0xa145, 0x2022, 0xa14e, 0xff64, 0xa1c2, 0x203e, 0xa1e3, 0x223c, 0xa1f2, 0x2641, 0xa1f3, 0x2609, 0xa241, 0xff0f,
  0xa242, 0xff3c, 0xa244, 0x00a5, 0xa246, 0x00a2, 0xa247, 0x00a3,
];
const big5Icu = () => lazy('big5Icu', () => icuPairs('big5', 0x81, 0xfe, 0x40, 0xfe));

/** cp950's table: ICU's Big5 without private use, plus the ETEN cells. */
export const cp950dec = () => lazy('cp950dec', () => {
  const src = big5Icu();
  const t = new Uint32Array(65536);
  for (let k = 0; k < 65536; k++) if (src[k] !== 0 && !isPua(src[k])) t[k] = src[k];
  for (let i = 0; i < BIG5_C6.length; i += 3) {
    let k = BIG5_C6[i];
    for (let n = 0; n < BIG5_C6[i + 2]; n++) {
      t[k] = BIG5_C6[i + 1] + n;
      k++;
      if ((k & 0xff) === 0x7f) k += 0x22;
      else if ((k & 0xff) === 0xff) k += 0x41;
    }
  }
  return t;
});

export const big5dec = () => lazy('big5dec', () => {
  const t = cp950dec().slice();
  t[0xa3e1] = 0;
  for (let k = 0xf9d6; k <= 0xf9fe; k++) t[k] = 0;
  for (let i = 0; i < BIG5_SYMBOLS.length; i += 2) t[BIG5_SYMBOLS[i]] = BIG5_SYMBOLS[i + 1];
  return t;
});

/** Big5 has four code points twice (U+5341, U+5345, U+FF0F, U+FF3C); CPython encodes the later cell. */
export const big5enc = () => lazy('big5enc', () => invert(big5dec(), undefined, () => true));
/** cp950: its own cells first (ETEN's box drawing at F9xx only where Big5 lacks the character), then
 *  Big5's, which also gives Big5's eleven symbols an encoding. */
export const cp950enc = () => lazy('cp950enc', () => {
  const m = invert(cp950dec(), undefined, (_old, k) => (k >> 8) !== 0xf9);
  for (const [cp, k] of big5enc().entries()) if (!m.has(cp)) m.set(cp, k);
  return m;
});

// ---------------------------------------------------------------------------
// Korean.

/** KS X 1001 (row << 8 | cell): ICU's EUC-KR without the user-defined rows (0x49, 0x7e), plus the
 *  euro and registered signs of KS X 1001:1998. */
export const ksx1001 = () => lazy('ksx1001', () => {
  const t = from94(icuPairs('euc-kr', 0xa1, 0xfe, 0xa1, 0xfe), 0x80, (r, _c, cp) => r !== 0x49 && r !== 0x7e && !isPua(cp));
  t[0x2266] = 0x20ac;
  t[0x2267] = 0x00ae;
  return t;
});

/** cp949ext: UHC's 8822 extra syllables, in code point order over the cells
 *  81..A0 x (41..5A, 61..7A, 81..FE), then A1..C6 x (41..5A, 61..7A, 81..A0), to C652. */
export const cp949ext = () => lazy('cp949ext', () => {
  const inKs = new Uint8Array(65536);
  const ks = ksx1001();
  for (let k = 0; k < 65536; k++) if (ks[k] !== 0) inKs[ks[k]] = 1;
  const t = new Uint32Array(65536);
  let cp = 0xac00;
  const next = () => {
    while (cp <= 0xd7a3 && inKs[cp]) cp++;
    return cp <= 0xd7a3 ? cp++ : 0;
  };
  for (let a = 0x81; a <= 0xc6; a++) {
    const hi = a <= 0xa0 ? 0xfe : 0xa0;
    for (let b = 0x41; b <= hi; b++) {
      if ((b > 0x5a && b < 0x61) || (b > 0x7a && b < 0x81)) continue;
      const c = next();
      if (c === 0) return t;
      t[(a << 8) | b] = c;
    }
  }
  return t;
});

/** cp949 encode: code point -> KS X 1001 code (row << 8 | cell), or UHC code (bytes as sent). */
export const cp949enc = () => lazy('cp949enc', () => {
  const m = invert(ksx1001());
  invert(cp949ext(), m);
  return m;
});

// ---------------------------------------------------------------------------
// JIS X 0213 and HKSCS: no ICU decoder has them (Node's 'big5' puts HKSCS in private use), so their
// cells come from tables_generated.ts (scripts/gen_cjk_tables.py, read out of CPython's codecs).

/** Loaded on first use only: the tables are tens of KB of text that start-up need not parse. */
const generated = () => require('./tables_generated.js') as typeof import('./tables_generated.js');

const B64 = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((ch, i) => { B64[ch.charCodeAt(0)] = i; });

/**
 * A packed table of CPython's encoder differences from the inverted cells: (character, code) sets the code for a
 * character, code 0 removes it (BMP characters in `bmp`, the others in `emp`).
 */
function applyEncodeDifferences(table: string, bmp: EncMap, emp: Map<number, number>): void {
  unpack(table, (c, code) => {
    if (c > 0xffff) {
      if (code === 0) emp.delete(c);
      else emp.set(c, code);
    } else if (code === 0) bmp.delete(c);
    else bmp.set(c, code);
  });
}

/** The (key, value) items of a packed table (format: scripts/gen_cjk_tables.py). */
function unpack(text: string, each: (key: number, value: number) => void): void {
  let i = 0;
  const num = (): number => {
    let n = 0;
    for (;;) {
      let d = B64[text.charCodeAt(i++)];
      while (d < 0) d = B64[text.charCodeAt(i++)]; // line breaks
      n = n * 32 + (d & 31);
      if (d < 32) return n;
    }
  };
  let k = -1;
  let v = 0;
  while (i < text.length) {
    k += num() + 1;
    const z = num();
    v += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    each(k, v);
    if (i < text.length && text.charCodeAt(i) === 10) i++;
  }
}

/** jisx0213_bmp's mark of a character that begins a pair: the encoder looks at the next one. */
export const MULTIC = 0xffff;

/** JIS X 0213 plane 1 (row << 8 | cell) as CPython's table chain has it: JIS X 0208 (0x2140 as U+005C,
 *  its rules apart), then JIS X 0213's own cells; a value >= 0x30000 is a pair (first << 16 | second). */
export const jisx0213p1 = () => lazy('jisx0213p1', () => {
  const t = jisx0208().slice();
  unpack(generated().JISX0213_P1, (k, v) => { t[k] = v; });
  return t;
});

/** JIS X 0213 plane 2 (row << 8 | cell). */
export const jisx0213p2 = () => lazy('jisx0213p2', () => {
  const t = new Uint32Array(65536);
  unpack(generated().JISX0213_P2, (k, v) => { t[k] = v; });
  return t;
});

interface Jisx0213Enc {
  /** CPython's jisx0213_bmp: code point -> plane 1 code, plane 2 code | 0x8000, or MULTIC (the first of a pair). */
  bmp: EncMap;
  /** jisx0213_emp: non-BMP code point -> code. */
  emp: Map<number, number>;
  /** jisx0213_pair: first * 0x10000 + second -> code; second 0 for the first alone. */
  pairs: Map<number, number>;
}

/** The encoder's JIS X 0213 maps: the own cells of the two planes inverted, first code winning, then
 *  CPython's few differences; the code of a pair's first character alone is what the maps (or
 *  jisxcommon) give it before it becomes MULTIC. */
export const jisx0213enc = () => lazy('jisx0213enc', (): Jisx0213Enc => {
  const bmp = new EncMap();
  const emp = new Map<number, number>();
  const pairs = new Map<number, number>();
  const add = (v: number, code: number) => {
    if (v > 0xffff) {
      if (!emp.has(v)) emp.set(v, code);
    } else if (!bmp.has(v)) bmp.set(v, code);
  };
  const own: number[] = [];
  unpack(generated().JISX0213_P1, (k, v) => { own.push(k, v); });
  for (let i = 0; i < own.length; i += 2) if (own[i + 1] !== 0 && own[i + 1] < 0x30000 && own[i] !== 0x2140) add(own[i + 1], own[i]);
  unpack(generated().JISX0213_P2, (k, v) => add(v, k | 0x8000));
  applyEncodeDifferences(generated().JISX0213_ENC, bmp, emp);
  const common = jisxcommon();
  for (let i = 0; i < own.length; i += 2) {
    const v = own[i + 1];
    if (v < 0x30000) continue;
    const first = v >>> 16;
    pairs.set(first * 0x10000 + (v & 0xffff), own[i]);
    if (!pairs.has(first * 0x10000)) pairs.set(first * 0x10000, bmp.get(first) ?? common.get(first)!);
  }
  for (const key of pairs.keys()) bmp.set(Math.floor(key / 0x10000), MULTIC);
  return { bmp, emp, pairs };
});

/** Big5-HKSCS's own cells (lead << 8 | trail), non-BMP ones included, beyond those it takes from big5. */
export const hkscsDec = () => lazy('hkscsDec', () => {
  const t = new Uint32Array(65536);
  unpack(generated().HKSCS_DEC, (k, v) => { t[k] = v; });
  return t;
});

/** big5hkscs's encode maps: its cells inverted (first code wins) with CPython's differences, BMP and not. */
export const hkscsEnc = () => lazy('hkscsEnc', () => {
  const bmp = invert(hkscsDec());
  const emp = new Map<number, number>();
  const t = hkscsDec();
  for (let k = 0; k < 65536; k++) if (t[k] > 0xffff && !emp.has(t[k])) emp.set(t[k], k);
  applyEncodeDifferences(generated().HKSCS_ENC, bmp, emp);
  return { bmp, emp };
});
