// SipHash-1-3, as CPython's str/bytes hash and _Py_KeyedHash (Python/pyhash.c) compute it: one compression
// round per 8-byte word, three finalization rounds. Used for str hashes (keyed by the process's hash secret,
// abstract.ts setHashSeed) and for _imp.source_hash (PEP 552 hash-based pycs: k0 = the key, k1 = 0).
// Each 64-bit lane is a pair of int32 locals (high, low): no BigInt and no allocation per word, so a hash
// costs well under a microsecond even before V8 optimises the function (it runs at start-up).

/** The last result of sipCore, as two int32 halves of the unsigned 64-bit value. */
export const sipOut = { hi: 0, lo: 0 };

/**
 * SipHash-1-3 of data[0..n) with k0 = (khi, klo), k1 = (k1hi, k1lo); the result goes to sipOut.
 * Words are read little-endian, as CPython reads them.
 */
export function sipCore(khi: number, klo: number, k1hi: number, k1lo: number, data: Uint8Array, n: number): void {
  // "somepseudorandomlygeneratedbytes" xor the key
  let v0h = khi ^ 0x736f6d65, v0l = klo ^ 0x70736575;
  let v1h = k1hi ^ 0x646f7261, v1l = k1lo ^ 0x6e646f6d;
  let v2h = khi ^ 0x6c796765, v2l = klo ^ 0x6e657261;
  let v3h = k1hi ^ 0x74656462, v3l = k1lo ^ 0x79746573;
  const whole = n - (n & 7);
  let mh = 0, ml = 0;
  // i runs over the whole words, then once more for the last block (the tail bytes and the length).
  for (let i = 0; i <= whole; i += 8) {
    if (i < whole) {
      ml = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
      mh = data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24);
    } else {
      ml = 0;
      mh = (n & 0xff) << 24;
      for (let j = whole; j < n; j++) {
        const k = j - whole;
        if (k < 4) ml |= data[j] << (8 * k);
        else mh |= data[j] << (8 * (k - 4));
      }
    }
    v3h ^= mh; v3l ^= ml;
    // one SipRound (compression)
    let t = (v0l >>> 0) + (v1l >>> 0);
    v0h = (v0h + v1h + (t > 0xffffffff ? 1 : 0)) | 0; v0l = t | 0;
    t = v1h; v1h = (v1h << 13) | (v1l >>> 19); v1l = (v1l << 13) | (t >>> 19);
    v1h ^= v0h; v1l ^= v0l;
    t = v0h; v0h = v0l; v0l = t;
    t = (v2l >>> 0) + (v3l >>> 0);
    v2h = (v2h + v3h + (t > 0xffffffff ? 1 : 0)) | 0; v2l = t | 0;
    t = v3h; v3h = (v3h << 16) | (v3l >>> 16); v3l = (v3l << 16) | (t >>> 16);
    v3h ^= v2h; v3l ^= v2l;
    t = (v0l >>> 0) + (v3l >>> 0);
    v0h = (v0h + v3h + (t > 0xffffffff ? 1 : 0)) | 0; v0l = t | 0;
    t = v3h; v3h = (v3h << 21) | (v3l >>> 11); v3l = (v3l << 21) | (t >>> 11);
    v3h ^= v0h; v3l ^= v0l;
    t = (v2l >>> 0) + (v1l >>> 0);
    v2h = (v2h + v1h + (t > 0xffffffff ? 1 : 0)) | 0; v2l = t | 0;
    t = v1h; v1h = (v1h << 17) | (v1l >>> 15); v1l = (v1l << 17) | (t >>> 15);
    v1h ^= v2h; v1l ^= v2l;
    t = v2h; v2h = v2l; v2l = t;
    v0h ^= mh; v0l ^= ml;
  }
  v2l ^= 0xff;
  for (let r = 0; r < 3; r++) {
    let t = (v0l >>> 0) + (v1l >>> 0);
    v0h = (v0h + v1h + (t > 0xffffffff ? 1 : 0)) | 0; v0l = t | 0;
    t = v1h; v1h = (v1h << 13) | (v1l >>> 19); v1l = (v1l << 13) | (t >>> 19);
    v1h ^= v0h; v1l ^= v0l;
    t = v0h; v0h = v0l; v0l = t;
    t = (v2l >>> 0) + (v3l >>> 0);
    v2h = (v2h + v3h + (t > 0xffffffff ? 1 : 0)) | 0; v2l = t | 0;
    t = v3h; v3h = (v3h << 16) | (v3l >>> 16); v3l = (v3l << 16) | (t >>> 16);
    v3h ^= v2h; v3l ^= v2l;
    t = (v0l >>> 0) + (v3l >>> 0);
    v0h = (v0h + v3h + (t > 0xffffffff ? 1 : 0)) | 0; v0l = t | 0;
    t = v3h; v3h = (v3h << 21) | (v3l >>> 11); v3l = (v3l << 21) | (t >>> 11);
    v3h ^= v0h; v3l ^= v0l;
    t = (v2l >>> 0) + (v1l >>> 0);
    v2h = (v2h + v1h + (t > 0xffffffff ? 1 : 0)) | 0; v2l = t | 0;
    t = v1h; v1h = (v1h << 17) | (v1l >>> 15); v1l = (v1l << 17) | (t >>> 15);
    v1h ^= v2h; v1l ^= v2l;
    t = v2h; v2h = v2l; v2l = t;
  }
  sipOut.hi = v0h ^ v1h ^ v2h ^ v3h;
  sipOut.lo = v0l ^ v1l ^ v2l ^ v3l;
}

/** SipHash-1-3 of data with key (k0 = key, k1 = 0); the 64-bit result as 8 little-endian bytes. */
export function siphash13(key: bigint, data: Uint8Array): Uint8Array {
  const k0 = BigInt.asUintN(64, key);
  sipCore(Number(k0 >> 32n) | 0, Number(k0 & 0xffffffffn) | 0, 0, 0, data, data.length);
  const out = new Uint8Array(8);
  const { hi, lo } = sipOut;
  for (let i = 0; i < 4; i++) {
    out[i] = (lo >>> (8 * i)) & 0xff;
    out[i + 4] = (hi >>> (8 * i)) & 0xff;
  }
  return out;
}

const conv = new DataView(new ArrayBuffer(8));

/**
 * sipOut as a Py_hash_t: the signed 64-bit value, a JS number when it is a safe integer (as Typhon's ints
 * are normalised), else a bigint; -1 becomes -2 as in CPython.
 */
export function sipResultAsHash(): number | bigint {
  const { hi, lo } = sipOut;
  // |value| < 2^53 exactly when the high half lies in [-2^21, 2^21), -2^53 itself excepted.
  if (hi >= -0x200000 && hi < 0x200000 && !(hi === -0x200000 && lo === 0)) {
    const v = hi * 4294967296 + (lo >>> 0);
    return v === -1 ? -2 : v;
  }
  conv.setInt32(0, hi);
  conv.setInt32(4, lo);
  return conv.getBigInt64(0);
}
