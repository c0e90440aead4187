// The 3.11 location table (co_linetable, Objects/locations.md), decoded once for every reader:
// the VM's tracebacks and co_positions, and the disassembler's line starts.
import type { CodeObject } from './code.js';

/** -X no_debug_ranges / PYTHONNODEBUGRANGES (config.code_debug_ranges off): line numbers only, no columns. */
export const locationOptions = { debugRanges: true };

/**
 * A code object's location table as CPython keeps it under -X no_debug_ranges: every entry that has a line
 * becomes a no-columns entry with the same line delta (a long entry's end line goes too). _PyCode_New does
 * this to every code object, compiled, unmarshalled or built by CodeType/replace; the compiler already
 * emits such tables, so the others call this.
 */
export function withoutColumns(t: Uint8Array): Uint8Array {
  if (locationOptions.debugRanges) return t;
  const out: number[] = [];
  let p = 0;
  while (p < t.length) {
    const first = t[p];
    const code = (first >> 3) & 15;
    if (code === 15) {
      out.push(first);
    } else {
      let delta = 0;
      if (code === 13 || code === 14) {
        // the signed varint that follows the entry's first byte
        let q = p + 1;
        let b = t[q++];
        let v = b & 63;
        for (let shift = 6; b & 64; shift += 6) {
          b = t[q++];
          v |= (b & 63) << shift;
        }
        delta = v & 1 ? -(v >> 1) : v >> 1;
      } else if (code >= 10) {
        delta = code - 10;
      }
      out.push(0x80 | (13 << 3) | (first & 7));
      let u = delta < 0 ? (-delta << 1) | 1 : delta << 1;
      while (u >= 64) {
        out.push(64 | (u & 63));
        u >>>= 6;
      }
      out.push(u);
    }
    // the entry's other bytes are those without the high bit
    p++;
    while (p < t.length && (t[p] & 128) === 0) p++;
  }
  return Uint8Array.from(out);
}

/**
 * Walk the 3.11 location table (Objects/locations.md): for each entry, visit(units, line, endLine, col, endCol,
 * running) with -1 for what it lacks; `running` is the line so far (an entry without a line keeps it).
 */
function walkLocations(co: CodeObject, visit: (units: number, l: number, el: number, c: number, ec: number, running: number) => void): void {
  const t = co.linetable;
  let p = 0;
  let line = co.firstlineno;
  const varint = (): number => {
    let b = t[p++];
    let v = b & 63;
    for (let shift = 6; b & 64; shift += 6) {
      b = t[p++];
      v |= (b & 63) << shift;
    }
    return v;
  };
  const svarint = (): number => {
    const v = varint();
    return v & 1 ? -(v >> 1) : v >> 1;
  };
  while (p < t.length) {
    const first = t[p++];
    const code = (first >> 3) & 15;
    let l = -1, el = -1, c = -1, ec = -1;
    if (code === 15) {
      // no location
    } else if (code === 14) {
      line += svarint();
      l = line;
      el = line + varint();
      c = varint() - 1;
      ec = varint() - 1;
    } else if (code === 13) {
      line += svarint();
      l = el = line;
    } else if (code >= 10) {
      line += code - 10;
      l = el = line;
      c = t[p++];
      ec = t[p++];
    } else {
      const second = t[p++];
      l = el = line;
      c = code * 8 + ((second >> 4) & 7);
      ec = c + (second & 15);
    }
    visit((first & 7) + 1, l, el, c, ec, line);
  }
}

/** The location table expanded to 4 ints per code unit (line, end line, column, end column; -1 for none). */
export function decodeLocations(co: CodeObject, n: number): Int32Array {
  const out = new Int32Array(4 * n).fill(-1);
  let i = 0;
  walkLocations(co, (units, l, el, c, ec) => {
    for (let k = 0; k < units && i < n; k++, i++) {
      out[4 * i] = l;
      out[4 * i + 1] = el;
      out[4 * i + 2] = c;
      out[4 * i + 3] = ec;
    }
  });
  return out;
}

/**
 * The entries as _PyLineTable_NextAddressRange walks them: per entry its byte range [start, end), its line (-1
 * for an entry without one) and the running line. Four ints per entry.
 */
export function addressRanges(co: CodeObject): number[] {
  const out: number[] = [];
  let end = 0;
  walkLocations(co, (units, l, _el, _c, _ec, running) => {
    out.push(end, end + 2 * units, l, running);
    end += 2 * units;
  });
  return out;
}

/** co_lnotab, the 3.10 format rebuilt from the ranges (decode_linetable): (byte delta, line delta) pairs. */
export function lnotab(co: CodeObject): Uint8Array {
  const r = addressRanges(co);
  const out: number[] = [];
  let offset = 0;
  let line = co.firstlineno;
  const pair = (a: number, b: number) => out.push(a & 255, b & 255);
  for (let i = 0; i < r.length; i += 4) {
    const computed = r[i + 3];
    if (computed === line) continue;
    let bdelta = r[i] - offset;
    let ldelta = computed - line;
    for (; bdelta > 255; bdelta -= 255) pair(255, 0);
    for (; ldelta > 127; ldelta -= 127, bdelta = 0) pair(bdelta, 127);
    for (; ldelta < -128; ldelta += 128, bdelta = 0) pair(bdelta, -128);
    pair(bdelta, ldelta);
    offset = r[i];
    line = computed;
  }
  return Uint8Array.from(out);
}
