// The bzip2 format (as libbzip2 1.0 writes and reads it): a streaming encoder and a streaming decoder,
// for _bz2.ts. Written from the format's description; the output is valid bzip2, the same size as
// libbzip2's to a few bytes and often identical, but not byte-identical in general (Huffman code lengths
// are limited another way, and tie-breaks differ).
//
// Encoder: RLE1 into blocks of 100k * level - 19 bytes, BWT by prefix doubling on the cyclic rotations
// (O(n log n) whatever the input: a block of one repeated byte takes ~20 passes over the groups still
// unsorted), MTF + RUNA/RUNB,
// 2-6 Huffman tables refined over 4 passes on groups of 50 symbols, as libbzip2 does.
// Decoder: input is gathered in a buffer; a block's header and tables are parsed in one go (retried from
// the block's start when the input runs out: they are small), its symbols by a loop that stops between
// symbols when the input runs out, and its output (inverse BWT, RLE1) is produced on demand so that a
// caller's max_length bounds the memory used beyond the block itself.

export class Bz2DataError extends Error {}

const BLOCK_MAGIC_HI = 0x314159;
const BLOCK_MAGIC_LO = 0x265359;
const END_MAGIC_HI = 0x177245;
const END_MAGIC_LO = 0x385090;
const G_SIZE = 50;
const MAX_CODE_LEN_ENC = 17;
const MAX_CODE_LEN = 20;
const MAX_SELECTORS = 18002;
const RUNA = 0;
const RUNB = 1;

// ---------------------------------------------------------------------------
// CRC (MSB-first, polynomial 0x04c11db7)

let CRC_TABLE: Int32Array | null = null;
function crcTable(): Int32Array {
  if (CRC_TABLE !== null) return CRC_TABLE;
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    t[i] = c;
  }
  CRC_TABLE = t;
  return t;
}

// The table libbzip2 uses to "randomise" blocks (old encoders did so for repetitive input; decoders
// must still undo it).
const RNUMS_TEXT =
  '619 720 127 481 931 816 813 233 566 247 985 724 205 454 863 491 741 242 949 214 733 859 335 708 621 574 73 654 730 472 ' +
  '419 436 278 496 867 210 399 680 480 51 878 465 811 169 869 675 611 697 867 561 862 687 507 283 482 129 807 591 733 623 ' +
  '150 238 59 379 684 877 625 169 643 105 170 607 520 932 727 476 693 425 174 647 73 122 335 530 442 853 695 249 445 515 ' +
  '909 545 703 919 874 474 882 500 594 612 641 801 220 162 819 984 589 513 495 799 161 604 958 533 221 400 386 867 600 782 ' +
  '382 596 414 171 516 375 682 485 911 276 98 553 163 354 666 933 424 341 533 870 227 730 475 186 263 647 537 686 600 224 ' +
  '469 68 770 919 190 373 294 822 808 206 184 943 795 384 383 461 404 758 839 887 715 67 618 276 204 918 873 777 604 560 ' +
  '951 160 578 722 79 804 96 409 713 940 652 934 970 447 318 353 859 672 112 785 645 863 803 350 139 93 354 99 820 908 ' +
  '609 772 154 274 580 184 79 626 630 742 653 282 762 623 680 81 927 626 789 125 411 521 938 300 821 78 343 175 128 250 ' +
  '170 774 972 275 999 639 495 78 352 126 857 956 358 619 580 124 737 594 701 612 669 112 134 694 363 992 809 743 168 974 ' +
  '944 375 748 52 600 747 642 182 862 81 344 805 988 739 511 655 814 334 249 515 897 955 664 981 649 113 974 459 893 228 ' +
  '433 837 553 268 926 240 102 654 459 51 686 754 806 760 493 403 415 394 687 700 946 670 656 610 738 392 760 799 887 653 ' +
  '978 321 576 617 626 502 894 679 243 440 680 879 194 572 640 724 926 56 204 700 707 151 457 449 797 195 791 558 945 679 ' +
  '297 59 87 824 713 663 412 693 342 606 134 108 571 364 631 212 174 643 304 329 343 97 430 751 497 314 983 374 822 928 ' +
  '140 206 73 263 980 736 876 478 430 305 170 514 364 692 829 82 855 953 676 246 369 970 294 750 807 827 150 790 288 923 ' +
  '804 378 215 828 592 281 565 555 710 82 896 831 547 261 524 462 293 465 502 56 661 821 976 991 658 869 905 758 745 193 ' +
  '768 550 608 933 378 286 215 979 792 961 61 688 793 644 986 403 106 366 905 644 372 567 466 434 645 210 389 550 919 135 ' +
  '780 773 635 389 707 100 626 958 165 504 920 176 193 713 857 265 203 50 668 108 645 990 626 197 510 357 358 850 858 364 ' +
  '936 638';
let RNUMS: Int32Array | null = null;
function rnums(): Int32Array {
  if (RNUMS === null) RNUMS = Int32Array.from(RNUMS_TEXT.split(' '), Number);
  return RNUMS;
}

// ---------------------------------------------------------------------------
// Bit output

class BitWriter {
  buf = new Uint8Array(1 << 16);
  len = 0;
  acc = 0; // pending bits, right-aligned
  n = 0; // how many
  /** Write the low `count` (<= 24) bits of v. */
  bits(count: number, v: number): void {
    this.acc = (this.acc << count) | (v & ((1 << count) - 1));
    this.n += count;
    while (this.n >= 8) {
      this.n -= 8;
      this.byte((this.acc >>> this.n) & 0xff);
    }
    this.acc &= (1 << this.n) - 1;
  }
  u32(v: number): void {
    this.bits(16, v >>> 16);
    this.bits(16, v & 0xffff);
  }
  byte(b: number): void {
    if (this.len === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.len++] = b;
  }
  padToByte(): void {
    if (this.n > 0) this.bits(8 - this.n, 0);
  }
  /** The whole bytes written so far (the partial byte stays). */
  take(): Uint8Array {
    const r = this.buf.slice(0, this.len);
    this.len = 0;
    return r;
  }
}

// ---------------------------------------------------------------------------
// Encoder

/**
 * Sorted cyclic rotations of block[0..n): prefix doubling that revisits only the groups still unsorted
 * (Larsson and Sadakane's refinement), so long repeats cost passes over themselves alone. rank[i] is
 * the last index in sa of i's group; refining ranks within a pass only sharpens later keys.
 */
function sortRotations(block: Uint8Array, n: number): Int32Array {
  const sa = new Int32Array(n);
  const rank = new Int32Array(n);
  // Bucket sort by the first two bytes.
  const cnt = new Int32Array(65537);
  const key2 = (i: number): number => (block[i] << 8) | block[i + 1 < n ? i + 1 : i + 1 - n];
  for (let i = 0; i < n; i++) cnt[key2(i) + 1]++;
  for (let c = 1; c <= 65536; c++) cnt[c] += cnt[c - 1];
  for (let i = 0; i < n; i++) {
    const k = key2(i);
    sa[cnt[k]++] = i;
  }
  // cnt[k] is now the end (exclusive) of bucket k.
  let groups: number[] = [];
  for (let k = 0, start = 0; k < 65536; k++) {
    const end = cnt[k];
    if (end > start) {
      for (let j = start; j < end; j++) rank[sa[j]] = end - 1;
      if (end - start > 1) groups.push(start, end - 1);
    }
    start = end;
  }
  // Scratch for one group: keys and rotation starts, and a second pair for the radix passes.
  let tk = new Int32Array(n);
  let ti = new Int32Array(n);
  let tk2 = new Int32Array(n);
  let ti2 = new Int32Array(n);
  const count = new Int32Array(1024);
  for (let h = 2; groups.length > 0 && h < n; h *= 2) {
    const next: number[] = [];
    for (let g = 0; g < groups.length; g += 2) {
      const s = groups[g];
      const e = groups[g + 1];
      const m = e - s + 1;
      let same = true;
      let j0 = sa[s] + h;
      if (j0 >= n) j0 %= n;
      const first = rank[j0];
      for (let x = 0; x < m; x++) {
        const i = sa[s + x];
        let j = i + h;
        if (j >= n) j %= n;
        const k = rank[j];
        tk[x] = k;
        ti[x] = i;
        if (k !== first) same = false;
      }
      // A group whose next h bytes agree stays whole (periodic input makes these common).
      if (same) {
        next.push(s, e);
        continue;
      }
      if (m <= 32) {
        for (let x = 1; x < m; x++) {
          const k = tk[x];
          const i = ti[x];
          let y = x - 1;
          while (y >= 0 && tk[y] > k) {
            tk[y + 1] = tk[y];
            ti[y + 1] = ti[y];
            y--;
          }
          tk[y + 1] = k;
          ti[y + 1] = i;
        }
      } else {
        // LSD radix on the keys (ranks are below 2^20): 10 bits, then 10 more.
        for (let shift = 0; shift < 20; shift += 10) {
          count.fill(0);
          for (let x = 0; x < m; x++) count[(tk[x] >>> shift) & 1023]++;
          let sum = 0;
          for (let c = 0; c < 1024; c++) {
            const t = count[c];
            count[c] = sum;
            sum += t;
          }
          for (let x = 0; x < m; x++) {
            const d = count[(tk[x] >>> shift) & 1023]++;
            tk2[d] = tk[x];
            ti2[d] = ti[x];
          }
          let t = tk;
          tk = tk2;
          tk2 = t;
          t = ti;
          ti = ti2;
          ti2 = t;
        }
      }
      // Split into runs of equal key; each run is a group, its rank its last index.
      let runStart = 0;
      for (let x = 0; x < m; x++) {
        sa[s + x] = ti[x];
        if (x === m - 1 || tk[x + 1] !== tk[x]) {
          const r = s + x;
          for (let q = runStart; q <= x; q++) rank[ti[q]] = r;
          if (x > runStart) next.push(s + runStart, r);
          runStart = x + 1;
        }
      }
    }
    groups = next;
  }
  return sa;
}

/** Huffman code lengths of at most maxLen bits for freq[0..n) (every symbol gets a code). */
function codeLengths(freq: Int32Array, n: number, maxLen: number, out: Uint8Array): void {
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = freq[i] === 0 ? 1 : freq[i];
  const parent = new Int32Array(2 * n);
  const weight = new Float64Array(2 * n);
  const alive = new Uint8Array(2 * n);
  for (;;) {
    for (let i = 0; i < n; i++) {
      weight[i] = w[i];
      alive[i] = 1;
      parent[i] = -1;
    }
    let nodes = n;
    for (let left = n; left > 1; left--) {
      let a = -1;
      let b = -1;
      for (let i = 0; i < nodes; i++) {
        if (!alive[i]) continue;
        if (a < 0 || weight[i] < weight[a]) {
          b = a;
          a = i;
        } else if (b < 0 || weight[i] < weight[b]) b = i;
      }
      alive[a] = 0;
      alive[b] = 0;
      weight[nodes] = weight[a] + weight[b];
      alive[nodes] = 1;
      parent[nodes] = -1;
      parent[a] = nodes;
      parent[b] = nodes;
      nodes++;
    }
    let tooLong = false;
    for (let i = 0; i < n; i++) {
      let d = 0;
      for (let p = i; parent[p] >= 0; p = parent[p]) d++;
      if (n === 1) d = 1;
      out[i] = d;
      if (d > maxLen) tooLong = true;
    }
    if (!tooLong) return;
    for (let i = 0; i < n; i++) w[i] = 1 + Math.floor(w[i] / 2);
  }
}

/** Compress one RLE1'd block into w. */
function writeBlock(w: BitWriter, block: Uint8Array, n: number, crc: number): void {
  const sa = sortRotations(block, n);
  // BWT output and the original rotation's row
  let origPtr = 0;
  const bwt = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const s = sa[k];
    if (s === 0) {
      origPtr = k;
      bwt[k] = block[n - 1];
    } else bwt[k] = block[s - 1];
  }
  // Symbols in use and MTF + RLE2
  const inUse = new Uint8Array(256);
  for (let k = 0; k < n; k++) inUse[bwt[k]] = 1;
  const unseqToSeq = new Uint8Array(256);
  let nInUse = 0;
  for (let c = 0; c < 256; c++) if (inUse[c]) unseqToSeq[c] = nInUse++;
  const EOB = nInUse + 1;
  const alphaSize = nInUse + 2;
  const mtfv = new Uint16Array(n + 1);
  const mtfFreq = new Int32Array(alphaSize);
  let nMTF = 0;
  const order = new Uint8Array(256);
  for (let i = 0; i < nInUse; i++) order[i] = i;
  let zPend = 0;
  const flushZeros = (): void => {
    zPend--;
    for (;;) {
      const s = zPend & 1 ? RUNB : RUNA;
      mtfv[nMTF++] = s;
      mtfFreq[s]++;
      if (zPend < 2) break;
      zPend = (zPend - 2) >> 1;
    }
    zPend = 0;
  };
  for (let k = 0; k < n; k++) {
    const ll = unseqToSeq[bwt[k]];
    if (order[0] === ll) {
      zPend++;
      continue;
    }
    if (zPend > 0) flushZeros();
    let j = 1;
    let prev = order[0];
    order[0] = ll;
    while (order[j] !== ll) {
      const t = order[j];
      order[j] = prev;
      prev = t;
      j++;
    }
    order[j] = prev;
    mtfv[nMTF++] = j + 1;
    mtfFreq[j + 1]++;
  }
  if (zPend > 0) flushZeros();
  mtfv[nMTF++] = EOB;
  mtfFreq[EOB]++;

  // Huffman tables
  const nGroups = nMTF < 200 ? 2 : nMTF < 600 ? 3 : nMTF < 1200 ? 4 : nMTF < 2400 ? 5 : 6;
  const len: Uint8Array[] = [];
  for (let t = 0; t < nGroups; t++) len.push(new Uint8Array(alphaSize));
  {
    let nPart = nGroups;
    let remF = nMTF;
    let gs = 0;
    while (nPart > 0) {
      const tFreq = Math.floor(remF / nPart);
      let ge = gs - 1;
      let aFreq = 0;
      while (aFreq < tFreq && ge < alphaSize - 1) aFreq += mtfFreq[++ge];
      if (ge > gs && nPart !== nGroups && nPart !== 1 && (nGroups - nPart) % 2 === 1) aFreq -= mtfFreq[ge--];
      const l = len[nPart - 1];
      for (let v = 0; v < alphaSize; v++) l[v] = v >= gs && v <= ge ? 0 : 15;
      nPart--;
      gs = ge + 1;
      remF -= aFreq;
    }
  }
  const nSelectors = Math.ceil(nMTF / G_SIZE);
  const selectors = new Uint8Array(nSelectors);
  const rfreq: Int32Array[] = [];
  for (let t = 0; t < nGroups; t++) rfreq.push(new Int32Array(alphaSize));
  const cost = new Int32Array(nGroups);
  // The tables' code lengths by symbol, 6 to a symbol (unused tables cost 0), for the cost sums.
  const lenBySym = new Uint8Array(alphaSize * 6);
  for (let iter = 0; iter < 4; iter++) {
    for (let t = 0; t < nGroups; t++) rfreq[t].fill(0);
    lenBySym.fill(0);
    for (let t = 0; t < nGroups; t++) for (let v = 0; v < alphaSize; v++) lenBySym[v * 6 + t] = len[t][v];
    let sel = 0;
    for (let gs = 0; gs < nMTF; gs += G_SIZE) {
      const ge = Math.min(gs + G_SIZE, nMTF);
      let c0 = 0;
      let c1 = 0;
      let c2 = 0;
      let c3 = 0;
      let c4 = 0;
      let c5 = 0;
      for (let i = gs; i < ge; i++) {
        const b = mtfv[i] * 6;
        c0 += lenBySym[b];
        c1 += lenBySym[b + 1];
        c2 += lenBySym[b + 2];
        c3 += lenBySym[b + 3];
        c4 += lenBySym[b + 4];
        c5 += lenBySym[b + 5];
      }
      cost[0] = c0;
      cost[1] = c1;
      if (nGroups > 2) cost[2] = c2;
      if (nGroups > 3) cost[3] = c3;
      if (nGroups > 4) cost[4] = c4;
      if (nGroups > 5) cost[5] = c5;
      let bt = 0;
      for (let t = 1; t < nGroups; t++) if (cost[t] < cost[bt]) bt = t;
      selectors[sel++] = bt;
      const f = rfreq[bt];
      for (let i = gs; i < ge; i++) f[mtfv[i]]++;
    }
    for (let t = 0; t < nGroups; t++) codeLengths(rfreq[t], alphaSize, MAX_CODE_LEN_ENC, len[t]);
  }
  const codes: Int32Array[] = [];
  for (let t = 0; t < nGroups; t++) {
    const c = new Int32Array(alphaSize);
    let vec = 0;
    for (let L = 1; L <= MAX_CODE_LEN; L++) {
      for (let i = 0; i < alphaSize; i++) if (len[t][i] === L) c[i] = vec++;
      vec <<= 1;
    }
    codes.push(c);
  }

  // Block header
  w.bits(24, BLOCK_MAGIC_HI);
  w.bits(24, BLOCK_MAGIC_LO);
  w.u32(crc);
  w.bits(1, 0);
  w.bits(24, origPtr);
  let used16 = 0;
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      if (inUse[i * 16 + j]) {
        used16 |= 1 << (15 - i);
        break;
      }
    }
  }
  w.bits(16, used16);
  for (let i = 0; i < 16; i++) {
    if (!(used16 & (1 << (15 - i)))) continue;
    let bits = 0;
    for (let j = 0; j < 16; j++) if (inUse[i * 16 + j]) bits |= 1 << (15 - j);
    w.bits(16, bits);
  }
  w.bits(3, nGroups);
  w.bits(15, nSelectors);
  const pos = [0, 1, 2, 3, 4, 5];
  for (let i = 0; i < nSelectors; i++) {
    const s = selectors[i];
    let j = 0;
    while (pos[j] !== s) j++;
    for (let k = j; k > 0; k--) pos[k] = pos[k - 1];
    pos[0] = s;
    for (let k = 0; k < j; k++) w.bits(1, 1);
    w.bits(1, 0);
  }
  for (let t = 0; t < nGroups; t++) {
    const l = len[t];
    let curr = l[0];
    w.bits(5, curr);
    for (let i = 0; i < alphaSize; i++) {
      while (curr < l[i]) {
        w.bits(2, 2);
        curr++;
      }
      while (curr > l[i]) {
        w.bits(2, 3);
        curr--;
      }
      w.bits(1, 0);
    }
  }
  let sel = 0;
  for (let gs = 0; gs < nMTF; gs += G_SIZE) {
    const ge = Math.min(gs + G_SIZE, nMTF);
    const t = selectors[sel++];
    const l = len[t];
    const c = codes[t];
    for (let i = gs; i < ge; i++) {
      const s = mtfv[i];
      w.bits(l[s], c[s]);
    }
  }
}

export class Bz2Encoder {
  private w = new BitWriter();
  private block: Uint8Array;
  private nblock = 0;
  private readonly nblockMax: number;
  private blockCrc = -1;
  private combined = 0;
  private runCh = -1;
  private runLen = 0;
  private started = false;

  constructor(private readonly level: number) {
    this.nblockMax = 100000 * level - 19;
    this.block = new Uint8Array(this.nblockMax + 20);
  }

  private header(): void {
    if (this.started) return;
    this.started = true;
    this.w.byte(0x42);
    this.w.byte(0x5a);
    this.w.byte(0x68);
    this.w.byte(0x30 + this.level);
  }

  /** Put the pending run into the block (the CRC covers the run's bytes). */
  private flushRun(): void {
    const ch = this.runCh;
    if (ch < 0) return;
    const T = crcTable();
    let crc = this.blockCrc;
    for (let k = 0; k < this.runLen; k++) crc = (crc << 8) ^ T[((crc >>> 24) ^ ch) & 0xff];
    this.blockCrc = crc;
    const b = this.block;
    if (this.runLen < 4) {
      for (let k = 0; k < this.runLen; k++) b[this.nblock++] = ch;
    } else {
      b[this.nblock++] = ch;
      b[this.nblock++] = ch;
      b[this.nblock++] = ch;
      b[this.nblock++] = ch;
      b[this.nblock++] = this.runLen - 4;
    }
    this.runCh = -1;
    this.runLen = 0;
  }

  private endBlock(): void {
    this.flushRun();
    if (this.nblock === 0) return;
    this.header();
    const crc = ~this.blockCrc >>> 0;
    this.combined = (((this.combined << 1) | (this.combined >>> 31)) ^ crc) >>> 0;
    writeBlock(this.w, this.block, this.nblock, crc);
    this.nblock = 0;
    this.blockCrc = -1;
  }

  compress(data: Uint8Array): Uint8Array {
    const n = data.length;
    for (let i = 0; i < n; i++) {
      const c = data[i];
      if (c === this.runCh && this.runLen < 255) {
        this.runLen++;
        continue;
      }
      this.flushRun();
      if (this.nblock >= this.nblockMax) this.endBlock();
      this.runCh = c;
      this.runLen = 1;
    }
    return this.w.take();
  }

  finish(): Uint8Array {
    this.endBlock();
    this.header();
    this.w.bits(24, END_MAGIC_HI);
    this.w.bits(24, END_MAGIC_LO);
    this.w.u32(this.combined);
    this.w.padToByte();
    return this.w.take();
  }
}

// ---------------------------------------------------------------------------
// Decoder

class NeedMore extends Error {}
const NEED_MORE = new NeedMore();

const ST_HEADER = 0;
const ST_BLOCK = 1; // a block header, or the end of stream
const ST_SYMBOLS = 2;
const ST_OUTPUT = 3;
const ST_EOF = 4;

function dataError(): never {
  throw new Bz2DataError('Invalid data stream');
}

export class Bz2Decoder {
  buf = new Uint8Array(0); // input not yet discarded
  bufLen = 0;
  bitPos = 0; // next bit to read, from buf[0]
  state = ST_HEADER;
  failed = false;
  blockSize100k = 0;
  combinedCrc = 0;
  storedCombined = 0;
  // current block
  storedCrc = 0;
  randomised = false;
  origPtr = 0;
  seqToUnseq = new Uint8Array(256);
  nInUse = 0;
  nGroups = 0;
  nSelectors = 0;
  selectors = new Uint8Array(MAX_SELECTORS);
  limit: Int32Array[] = [];
  base: Int32Array[] = [];
  perm: Int32Array[] = [];
  minLens = new Int32Array(6);
  // symbol decoding
  tt = new Int32Array(0);
  nblock = 0;
  unzftab = new Int32Array(256);
  mtf = new Uint8Array(256);
  groupNo = -1;
  groupPos = 0;
  es = -1;
  runN = 1;
  inRun = false;
  // output
  tPos = 0;
  used = 0;
  lastCh = -1;
  runCount = 0;
  repeatLeft = 0;
  rNToGo = 0;
  rTPos = 0;
  blockCrc = -1;

  get eof(): boolean {
    return this.state === ST_EOF;
  }

  /** Bytes read into so far (a partly read byte counts as read). */
  consumedBytes(): number {
    return (this.bitPos + 7) >>> 3;
  }

  feed(data: Uint8Array): void {
    // Drop whole bytes already read before growing.
    const drop = this.bitPos >>> 3;
    if (drop > 0) {
      this.buf.copyWithin(0, drop, this.bufLen);
      this.bufLen -= drop;
      this.bitPos -= drop * 8;
    }
    if (this.bufLen + data.length > this.buf.length) {
      const nb = new Uint8Array(Math.max(this.bufLen + data.length, this.buf.length * 2, 4096));
      nb.set(this.buf.subarray(0, this.bufLen));
      this.buf = nb;
    }
    this.buf.set(data, this.bufLen);
    this.bufLen += data.length;
  }

  /** The input after the end of the stream. */
  unused(): Uint8Array {
    return this.buf.slice(this.consumedBytes(), this.bufLen);
  }

  private bits(count: number): number {
    const p = this.bitPos;
    if (p + count > this.bufLen * 8) throw NEED_MORE;
    let v = 0;
    const b = this.buf;
    for (let i = 0; i < count; i++) {
      const q = p + i;
      v = (v << 1) | ((b[q >>> 3] >>> (7 - (q & 7))) & 1);
    }
    this.bitPos = p + count;
    return v >>> 0;
  }

  /** 20 bits from bitPos, zeros past the input. */
  private peek20(): number {
    const p = this.bitPos;
    const i = p >>> 3;
    const b = this.buf;
    const n = this.bufLen;
    const w = (((i < n ? b[i] : 0) << 24) | ((i + 1 < n ? b[i + 1] : 0) << 16) | ((i + 2 < n ? b[i + 2] : 0) << 8) |
      (i + 3 < n ? b[i + 3] : 0)) >>> 0;
    return (w >>> (12 - (p & 7))) & 0xfffff;
  }

  /**
   * Run until the output holds `room` more bytes, the input runs out or the stream ends; returns the
   * output and whether the input ran out.
   */
  run(room: number): [Uint8Array, boolean] {
    if (this.failed) dataError();
    const chunks: Uint8Array[] = [];
    let total = 0;
    let starved = false;
    try {
      for (;;) {
        const st = this.state;
        if (st === ST_OUTPUT) {
          const want = room < 0 ? Math.max(65536, this.nblock) : room - total;
          if (want > 0) {
            const out = new Uint8Array(want);
            const k = this.produce(out);
            if (k > 0) {
              chunks.push(k === out.length ? out : out.subarray(0, k));
              total += k;
            }
          }
          if (this.repeatLeft > 0 || this.used < this.nblock) {
            if (room >= 0) break;
            continue;
          }
          if ((~this.blockCrc >>> 0) !== this.storedCrc) dataError();
          this.combinedCrc = (((this.combinedCrc << 1) | (this.combinedCrc >>> 31)) ^ this.storedCrc) >>> 0;
          this.state = ST_BLOCK;
        } else if (st === ST_HEADER) {
          if (this.bufLen >= 1 && this.buf[0] !== 0x42) dataError();
          if (this.bufLen >= 2 && this.buf[1] !== 0x5a) dataError();
          if (this.bufLen >= 3 && this.buf[2] !== 0x68) dataError();
          if (this.bufLen < 4) throw NEED_MORE;
          const lv = this.buf[3] - 0x30;
          if (lv < 1 || lv > 9) dataError();
          this.blockSize100k = lv;
          this.bitPos = 32;
          this.state = ST_BLOCK;
        } else if (st === ST_BLOCK) {
          const start = this.bitPos;
          try {
            this.blockHeader();
          } catch (e) {
            if (e === NEED_MORE) this.bitPos = start;
            throw e;
          }
        } else if (st === ST_SYMBOLS) {
          this.symbols();
        } else break;
      }
    } catch (e) {
      if (e === NEED_MORE) starved = true;
      else {
        if (e instanceof Bz2DataError) this.failed = true;
        throw e;
      }
    }
    let out: Uint8Array;
    if (chunks.length === 1) out = chunks[0];
    else {
      out = new Uint8Array(total);
      let o = 0;
      for (const c of chunks) {
        out.set(c, o);
        o += c.length;
      }
    }
    return [out, starved];
  }

  private blockHeader(): void {
    const hi = this.bits(24);
    const lo = this.bits(24);
    if (hi === END_MAGIC_HI && lo === END_MAGIC_LO) {
      this.storedCombined = this.bits(32);
      if (this.storedCombined !== this.combinedCrc) dataError();
      this.state = ST_EOF;
      return;
    }
    if (hi !== BLOCK_MAGIC_HI || lo !== BLOCK_MAGIC_LO) dataError();
    this.storedCrc = this.bits(32);
    this.randomised = this.bits(1) === 1;
    this.origPtr = this.bits(24);
    if (this.origPtr > 10 + 100000 * this.blockSize100k) dataError();
    const used16 = this.bits(16);
    let nInUse = 0;
    for (let i = 0; i < 16; i++) {
      if (!(used16 & (1 << (15 - i)))) continue;
      const bits = this.bits(16);
      for (let j = 0; j < 16; j++) if (bits & (1 << (15 - j))) this.seqToUnseq[nInUse++] = i * 16 + j;
    }
    if (nInUse === 0) dataError();
    this.nInUse = nInUse;
    const alphaSize = nInUse + 2;
    const nGroups = this.bits(3);
    if (nGroups < 2 || nGroups > 6) dataError();
    const nSelectors = this.bits(15);
    if (nSelectors < 1) dataError();
    const pos = [0, 1, 2, 3, 4, 5];
    let kept = 0;
    for (let i = 0; i < nSelectors; i++) {
      let j = 0;
      while (this.bits(1) === 1) {
        j++;
        if (j >= nGroups) dataError();
      }
      const v = pos[j];
      for (let k = j; k > 0; k--) pos[k] = pos[k - 1];
      pos[0] = v;
      // libbzip2 reads but ignores selectors past the most a block can use.
      if (kept < MAX_SELECTORS) this.selectors[kept++] = v;
    }
    this.nSelectors = kept;
    this.nGroups = nGroups;
    const lens = new Uint8Array(alphaSize);
    this.limit = [];
    this.base = [];
    this.perm = [];
    for (let t = 0; t < nGroups; t++) {
      let curr = this.bits(5);
      for (let i = 0; i < alphaSize; i++) {
        for (;;) {
          if (curr < 1 || curr > MAX_CODE_LEN) dataError();
          if (this.bits(1) === 0) break;
          curr += this.bits(1) === 0 ? 1 : -1;
        }
        lens[i] = curr;
      }
      // Canonical decoding tables, indexed by code length.
      let minLen = 32;
      let maxLen = 0;
      for (let i = 0; i < alphaSize; i++) {
        if (lens[i] > maxLen) maxLen = lens[i];
        if (lens[i] < minLen) minLen = lens[i];
      }
      const perm = new Int32Array(alphaSize);
      const limit = new Int32Array(MAX_CODE_LEN + 2).fill(-1);
      const base = new Int32Array(MAX_CODE_LEN + 2);
      let pp = 0;
      let code = 0;
      for (let L = minLen; L <= maxLen; L++) {
        base[L] = pp - code; // symbol index = perm[code + base[L]]
        for (let i = 0; i < alphaSize; i++) if (lens[i] === L) { perm[pp++] = i; code++; }
        limit[L] = code - 1;
        code <<= 1;
      }
      this.limit.push(limit);
      this.base.push(base);
      this.perm.push(perm);
      this.minLens[t] = minLen;
    }
    // Ready for the symbols.
    const max = 100000 * this.blockSize100k;
    if (this.tt.length < max) this.tt = new Int32Array(max);
    this.nblock = 0;
    this.unzftab.fill(0);
    for (let i = 0; i < 256; i++) this.mtf[i] = i;
    this.groupNo = -1;
    this.groupPos = 0;
    this.es = -1;
    this.runN = 1;
    this.inRun = false;
    this.state = ST_SYMBOLS;
  }

  /** Decode symbols until the block's end (then set up output) or the input runs out. */
  private symbols(): void {
    const EOB = this.nInUse + 1;
    const nblockMax = 100000 * this.blockSize100k;
    const tt = this.tt;
    const mtf = this.mtf;
    const seqToUnseq = this.seqToUnseq;
    const unzftab = this.unzftab;
    const totalBits = this.bufLen * 8;
    const buf = this.buf;
    const bufLen = this.bufLen;
    let nblock = this.nblock;
    let groupPos = this.groupPos;
    let groupNo = this.groupNo;
    let limit = groupNo >= 0 ? this.limit[this.selectors[groupNo]] : this.limit[0];
    let base = groupNo >= 0 ? this.base[this.selectors[groupNo]] : this.base[0];
    let perm = groupNo >= 0 ? this.perm[this.selectors[groupNo]] : this.perm[0];
    let minLen = groupNo >= 0 ? this.minLens[this.selectors[groupNo]] : 1;
    try {
      for (;;) {
        // one symbol; nothing changes until it is complete
        let gp = groupPos;
        let gn = groupNo;
        if (gp === 0) {
          gn++;
          if (gn >= this.nSelectors) dataError();
          gp = G_SIZE;
          const t = this.selectors[gn];
          limit = this.limit[t];
          base = this.base[t];
          perm = this.perm[t];
          minLen = this.minLens[t];
        }
        // 20 bits at bitPos (zeros past the input)
        const bp = this.bitPos;
        const bi = bp >>> 3;
        const w = bi + 3 < bufLen
          ? (((buf[bi] << 24) | (buf[bi + 1] << 16) | (buf[bi + 2] << 8) | buf[bi + 3]) >>> (12 - (bp & 7))) & 0xfffff
          : this.peek20();
        let L = minLen;
        let code = w >>> (20 - L);
        while (L <= MAX_CODE_LEN && code > limit[L]) {
          L++;
          code = w >>> (20 - L);
        }
        // Past the input, the zeros peek20 supplies may have decided: wait for the real bits.
        if (L > MAX_CODE_LEN) {
          if (this.bitPos + MAX_CODE_LEN > totalBits) throw NEED_MORE;
          dataError();
        }
        if (this.bitPos + L > totalBits) throw NEED_MORE;
        const ix = code + base[L];
        if (ix < 0 || ix >= perm.length) dataError();
        const sym = perm[ix];
        this.bitPos += L;
        groupPos = gp - 1;
        groupNo = gn;
        if (sym === RUNA || sym === RUNB) {
          if (!this.inRun) {
            this.inRun = true;
            this.es = -1;
            this.runN = 1;
          }
          if (this.runN >= 2 * 1024 * 1024) dataError();
          this.es += (sym + 1) * this.runN;
          this.runN *= 2;
          continue;
        }
        if (this.inRun) {
          this.inRun = false;
          const es = this.es + 1;
          const uc = seqToUnseq[mtf[0]];
          if (nblock + es > nblockMax) dataError();
          unzftab[uc] += es;
          tt.fill(uc, nblock, nblock + es);
          nblock += es;
        }
        if (sym === EOB) break;
        // MTF position sym-1
        const j = sym - 1;
        const v = mtf[j];
        if (j < 24) {
          for (let k = j; k > 0; k--) mtf[k] = mtf[k - 1];
        } else mtf.copyWithin(1, 0, j);
        mtf[0] = v;
        if (nblock >= nblockMax) dataError();
        const uc = seqToUnseq[v];
        unzftab[uc]++;
        tt[nblock++] = uc;
      }
    } finally {
      this.nblock = nblock;
      this.groupPos = groupPos;
      this.groupNo = groupNo;
    }
    // End of block: inverse BWT links, tt[i] = (next << 8) | byte.
    if (this.origPtr >= nblock) dataError();
    const cftab = new Int32Array(257);
    for (let i = 0; i < 256; i++) cftab[i + 1] = cftab[i] + unzftab[i];
    for (let i = 0; i < nblock; i++) {
      const uc = tt[i] & 0xff;
      tt[cftab[uc]++] |= i << 8;
    }
    this.tPos = tt[this.origPtr] >>> 8;
    this.used = 0;
    this.lastCh = -1;
    this.runCount = 0;
    this.repeatLeft = 0;
    this.rNToGo = 0;
    this.rTPos = 0;
    this.blockCrc = -1;
    this.state = ST_OUTPUT;
  }

  /** Undo BWT and RLE1 into out; returns the bytes written. */
  private produce(out: Uint8Array): number {
    const tt = this.tt;
    const n = this.nblock;
    const room = out.length;
    let tPos = this.tPos;
    let used = this.used;
    let lastCh = this.lastCh;
    let runCount = this.runCount;
    let repeatLeft = this.repeatLeft;
    const rand = this.randomised;
    const R = rand ? rnums() : null;
    let o = 0;
    while (o < room) {
      if (repeatLeft > 0) {
        const k = Math.min(repeatLeft, room - o);
        out.fill(lastCh, o, o + k);
        o += k;
        repeatLeft -= k;
        continue;
      }
      if (used === n) break;
      const e = tt[tPos];
      let ch = e & 0xff;
      tPos = e >>> 8;
      used++;
      if (R !== null) {
        if (this.rNToGo === 0) {
          this.rNToGo = R[this.rTPos];
          if (++this.rTPos === 512) this.rTPos = 0;
        }
        this.rNToGo--;
        if (this.rNToGo === 1) ch ^= 1;
      }
      if (runCount === 4) {
        repeatLeft = ch;
        runCount = 0;
        continue;
      }
      if (ch === lastCh) runCount++;
      else {
        runCount = 1;
        lastCh = ch;
      }
      out[o++] = ch;
    }
    this.tPos = tPos;
    this.used = used;
    this.lastCh = lastCh;
    this.runCount = runCount;
    this.repeatLeft = repeatLeft;
    const T = crcTable();
    let crc = this.blockCrc;
    for (let i = 0; i < o; i++) crc = (crc << 8) ^ T[((crc >>> 24) ^ out[i]) & 0xff];
    this.blockCrc = crc;
    return o;
  }
}
