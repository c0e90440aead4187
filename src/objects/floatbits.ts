// Scratch words for reading and writing the bits of a double, shared by the float kernels (floatmath,
// float_pow, the libm modules, float hashing): each use writes then reads them without calling out in between.
export const F64 = new Float64Array(1);
export const U32 = new Uint32Array(F64.buffer);
/** Index in U32 of a double's high word, and of its low word (the host's byte order). */
export const HI = (() => {
  F64[0] = 1;
  return U32[1] === 0x3ff00000 ? 1 : 0;
})();
export const LO = 1 - HI;
