# hashlib through its builtin-constructor fallbacks (_md5, _sha1, _sha256, _sha512).
import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b'hello world').digest()[:4])
print(hashlib.md5(b'x' * 1000).hexdigest(), hashlib.sha1(memoryview(b'mv')).hexdigest(), hashlib.sha512(bytearray(b'ba')).hexdigest()[:20])
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError:', e)
try:
    hashlib.md5().update(5)
except TypeError as e:
    print('TypeError:', e)
print(sorted(n for n in hashlib.algorithms_guaranteed if n.startswith(('sha', 'md')) and '_' not in n))
