// The 3.11 location table (co_linetable, Objects/locations.md), decoded once for every reader:
// the VM's tracebacks and co_positions, and the disassembler's line starts.
import type { CodeObject } from './code.js';

/** The 3.11 location table (Objects/locations.md) expanded to 4 ints per code unit. */
export function decodeLocations(co: CodeObject, n: number): Int32Array {
  const out = new Int32Array(4 * n).fill(-1);
  const t = co.linetable;
  let p = 0;
  let line = co.firstlineno;
  let i = 0;
  const varint = (): number => {
    let b = t[p++];
    let v = b & 63;
    let shift = 6;
    while (b & 64) {
      b = t[p++];
      v |= (b & 63) << shift;
      shift += 6;
    }
    return v;
  };
  const svarint = (): number => {
    const v = varint();
    return v & 1 ? -(v >> 1) : v >> 1;
  };
  while (p < t.length && i < n) {
    const first = t[p++];
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
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
    for (let k = 0; k < len && i < n; k++, i++) {
      out[4 * i] = l;
      out[4 * i + 1] = el;
      out[4 * i + 2] = c;
      out[4 * i + 3] = ec;
    }
  }
  return out;
}
