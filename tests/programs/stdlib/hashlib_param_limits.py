# blake2's node_offset is an unsigned 64-bit (48-bit for blake2s) parameter, written exactly past 2^53;
# `data` is positional-only; _sha3's SHAKE digests take an unsigned long length below 2^29.
import _sha3
import hashlib

print(hashlib.blake2b(b'x', node_offset=(1 << 64) - 1).hexdigest())
print(hashlib.blake2b(b'x', node_offset=(1 << 53) + 1).hexdigest())
print(hashlib.blake2s(b'x', node_offset=(1 << 48) - 1).hexdigest())
for cons, kw in ((hashlib.blake2b, {'node_offset': 1 << 64}), (hashlib.blake2b, {'node_offset': -1}),
                 (hashlib.blake2s, {'node_offset': 1 << 48}), (hashlib.blake2b, {'data': b''}),
                 (hashlib.blake2s, {'string': b''})):
    try:
        cons(**kw)
    except (TypeError, ValueError, OverflowError) as e:
        print(cons.__name__, kw, type(e).__name__, e)
h = _sha3.shake_128(b'abc')  # hashlib's may be OpenSSL's, which takes a size_t
print(h.hexdigest(10), len(h.digest(1000)))
for n in (-10, 2**29, 2**64 + 10):
    try:
        h.digest(n)
    except (ValueError, OverflowError) as e:
        print(n, type(e).__name__)
