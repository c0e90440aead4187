// SipHash-1-3, as CPython's _Py_KeyedHash (Python/pyhash.c) computes it for _imp.source_hash (PEP 552
// hash-based pycs): k0 = the key, k1 = 0, one compression round per 8-byte word, three finalization rounds.
// 64-bit lanes are kept as pairs of 32-bit halves in a Uint32Array so no BigInt is needed per word.

// v0..v3 as [hi, lo] pairs: s[0]=v0.hi s[1]=v0.lo s[2]=v1.hi ... s[7]=v3.lo
const s = new Uint32Array(8);

function add(a: number, b: number): void {
  // s[a] += s[b] (64-bit)
  const lo = (s[a + 1] + s[b + 1]) >>> 0;
  const carry = lo < s[a + 1] ? 1 : 0;
  s[a] = (s[a] + s[b] + carry) >>> 0;
  s[a + 1] = lo;
}

function rotl(a: number, n: number): void {
  const hi = s[a];
  const lo = s[a + 1];
  if (n === 32) { s[a] = lo; s[a + 1] = hi; return; }
  s[a] = ((hi << n) | (lo >>> (32 - n))) >>> 0;
  s[a + 1] = ((lo << n) | (hi >>> (32 - n))) >>> 0;
}

function xor(a: number, b: number): void {
  s[a] ^= s[b];
  s[a + 1] ^= s[b + 1];
}

const V0 = 0, V1 = 2, V2 = 4, V3 = 6;

function round(): void {
  add(V0, V1); rotl(V1, 13); xor(V1, V0); rotl(V0, 32);
  add(V2, V3); rotl(V3, 16); xor(V3, V2);
  add(V0, V3); rotl(V3, 21); xor(V3, V0);
  add(V2, V1); rotl(V1, 17); xor(V1, V2); rotl(V2, 32);
}

/** SipHash-1-3 of data with key (k0 = key, k1 = 0); the 64-bit result as 8 little-endian bytes. */
export function siphash13(key: bigint, data: Uint8Array): Uint8Array {
  const k0 = BigInt.asUintN(64, key);
  const khi = Number(k0 >> 32n) >>> 0;
  const klo = Number(k0 & 0xffffffffn) >>> 0;
  // "somepseudorandomlygeneratedbytes"; k1 = 0
  s[0] = (khi ^ 0x736f6d65) >>> 0; s[1] = (klo ^ 0x70736575) >>> 0;
  s[2] = 0x646f7261; s[3] = 0x6e646f6d;
  s[4] = (khi ^ 0x6c796765) >>> 0; s[5] = (klo ^ 0x6e657261) >>> 0;
  s[6] = 0x74656462; s[7] = 0x79746573;
  const n = data.length;
  const whole = n - (n & 7);
  for (let i = 0; i < whole; i += 8) {
    const lo = (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) >>> 0;
    const hi = (data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24)) >>> 0;
    s[6] ^= hi; s[7] ^= lo;
    round();
    s[0] ^= hi; s[1] ^= lo;
  }
  // last block: the remaining bytes, with the length's low byte on top
  let lo = 0;
  let hi = (n & 0xff) << 24;
  for (let i = whole; i < n; i++) {
    const k = i - whole;
    if (k < 4) lo |= data[i] << (8 * k);
    else hi |= data[i] << (8 * (k - 4));
  }
  lo >>>= 0; hi >>>= 0;
  s[6] ^= hi; s[7] ^= lo;
  round();
  s[0] ^= hi; s[1] ^= lo;
  s[5] ^= 0xff;
  round(); round(); round();
  const rhi = (s[0] ^ s[2] ^ s[4] ^ s[6]) >>> 0;
  const rlo = (s[1] ^ s[3] ^ s[5] ^ s[7]) >>> 0;
  const out = new Uint8Array(8);
  for (let i = 0; i < 4; i++) { out[i] = (rlo >>> (8 * i)) & 0xff; out[i + 4] = (rhi >>> (8 * i)) & 0xff; }
  return out;
}
