# Bytes constants of a module loaded from its __pycache__ file stay immutable when copied into mutable
# objects (BytesIO, bytearray, a buffered file over BytesIO) that are then written to.
import importlib, importlib.util, io, os, sys, tempfile

sys.dont_write_bytecode = False
d = tempfile.mkdtemp()
with open(os.path.join(d, 'consts_mod.py'), 'w') as f:
    f.write("def data():\n    return b'abcdefgh'\n\ndef pair():\n    return (b'abc', b'xyz')\n")
sys.path.insert(0, d)
import consts_mod
print(os.listdir(os.path.join(d, '__pycache__')) != [])
del sys.modules['consts_mod']
importlib.invalidate_caches()
import consts_mod  # now from the cache file

raw = io.BytesIO(consts_mod.data())
raw.write(b'X')
print(consts_mod.data(), raw.getvalue())

ba = bytearray(consts_mod.pair()[0])
ba[0] = ord('Q')
print(consts_mod.pair(), ba)

with io.BytesIO(consts_mod.pair()[1]) as raw:
    with io.BufferedRandom(raw, 100) as f:
        print(f.read(1))
        f.write(b'2')
        f.flush()
        print(raw.getvalue())
print(consts_mod.pair())

spec = importlib.util.find_spec('consts_mod')
src = spec.loader.get_data(spec.origin)
b = io.BytesIO(src)
b.write(b'###')
print(src[:3], b.getvalue()[:3])
