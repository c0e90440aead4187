// CRC-32 (the zlib/gzip/xz polynomial, reflected), shared by zlib.ts and the xz container code.

let CRC_TABLES: Int32Array | null = null;

/** Slicing by 8: table k maps a byte k positions before the end of an 8-byte group (built on first use). */
function crcTables(): Int32Array {
  if (CRC_TABLES !== null) return CRC_TABLES;
  const t = new Int32Array(256 * 8);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c;
  }
  for (let i = 0; i < 256; i++) {
    let c = t[i];
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff] ^ (c >>> 8);
      t[k * 256 + i] = c;
    }
  }
  CRC_TABLES = t;
  return t;
}

export function crc32(d: Uint8Array, crc: number): number {
  const T = crcTables();
  let c = ~crc;
  let i = 0;
  const n = d.length;
  const n8 = n - (n & 7);
  for (; i < n8; i += 8) {
    const a = c ^ (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24));
    const b = d[i + 4] | (d[i + 5] << 8) | (d[i + 6] << 16) | (d[i + 7] << 24);
    c = T[1792 + (a & 0xff)] ^ T[1536 + ((a >>> 8) & 0xff)] ^ T[1280 + ((a >>> 16) & 0xff)] ^ T[1024 + (a >>> 24)] ^
      T[768 + (b & 0xff)] ^ T[512 + ((b >>> 8) & 0xff)] ^ T[256 + ((b >>> 16) & 0xff)] ^ T[b >>> 24];
  }
  for (; i < n; i++) c = T[(c ^ d[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
