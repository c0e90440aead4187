# _blake2 (all parameters, RFC 7693 in TypeScript) and _sha3 (sha3_*, shake_* with lengths): digests and errors.
import _blake2, _sha3
def t(s):
    try: r = eval(s)
    except Exception as e: print(s, '->', type(e).__name__, e)
    else: print(s, '=>', repr(r))
for s in ['_blake2.blake2b(b"abc").hexdigest()', '_blake2.blake2s(b"abc").hexdigest()', '_blake2.blake2b(b"abc", digest_size=20, key=b"k", salt=b"s", person=b"p").hexdigest()', '_blake2.blake2s(b"abc", digest_size=7, key=b"key", salt=b"s", person=b"pp", fanout=2, depth=3, leaf_size=5, node_offset=9, node_depth=1, inner_size=4, last_node=True).hexdigest()', '_blake2.blake2b(b"abc", digest_size=33, salt=b"salty", person=b"who", fanout=0, depth=7, leaf_size=2**31, node_offset=2**40, node_depth=3, inner_size=64, last_node=True).hexdigest()', '_blake2.blake2b(digest_size=0)', '_blake2.blake2b(digest_size=65)', '_blake2.blake2b(key=b"x"*65)', '_blake2.blake2b(salt=b"x"*17)', '_blake2.blake2b(person=b"x"*17)', '_blake2.blake2b(fanout=256)', '_blake2.blake2b(depth=0)', '_blake2.blake2b(leaf_size=-1)', '_blake2.blake2b(node_depth=256)', '_blake2.blake2b(inner_size=65)', '_blake2.blake2b(node_offset=-1)', '_blake2.blake2s(node_offset=2**48)', '_blake2.blake2b.SALT_SIZE', '_blake2.blake2s.PERSON_SIZE', '_blake2.blake2b.MAX_KEY_SIZE', '_blake2.blake2s.MAX_DIGEST_SIZE', '_blake2.blake2b().name', '_blake2.blake2b().block_size', '_blake2.blake2s(digest_size=5).digest_size', 'type(_blake2.blake2b())', '_blake2.blake2b("s")', '_blake2.blake2b(b"a", b"b")',
'_sha3.sha3_256(b"abc").hexdigest()', '_sha3.shake_128(b"abc").hexdigest(10)', '_sha3.shake_128(b"abc").digest()', '_sha3.shake_256().name', '_sha3.sha3_224().block_size', '_sha3.shake_128().digest_size', 'type(_sha3.sha3_512())', '_sha3.sha3_384().name', '_sha3.shake_128(b"").hexdigest(-1)', '_sha3.sha3_256()._capacity_bits', '_blake2.blake2b(leaf_size=2**32)', '_blake2.blake2b(b"x"*300).hexdigest()[:16]', '_blake2.blake2s(b"x"*300, key=b"k"*32).hexdigest()[:16]', '_blake2.blake2b(key=b"k").hexdigest()[:16]', '_blake2.blake2b(b""*0, digest_size=64, key=b"k"*64).hexdigest()[:16]', '_sha3.shake_256(b"x"*1000).hexdigest(40)', '_sha3.sha3_512(b"q").hexdigest()[:20]']:
    t(s)
h = _blake2.blake2b()
for i in range(1000):
    h.update(bytes([i % 256]) * (i % 7))
c = h.copy(); c.update(b'z')
print(h.hexdigest()[:32], c.hexdigest()[:32])
h = _blake2.blake2s(key=b'secret')
for i in range(300):
    h.update(bytes(range(i % 100)))
print(h.hexdigest())
print(_blake2.blake2b(b'a' * 128).hexdigest()[:16], _blake2.blake2b(b'a' * 129).hexdigest()[:16], _blake2.blake2s(b'a' * 64).hexdigest()[:16], _blake2.blake2b(b'').hexdigest()[:16])
