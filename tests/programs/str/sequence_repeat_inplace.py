# The repeat wrappers (sq_repeat, sq_inplace_repeat) of the builtin sequences: argument-count messages
# (PyArg_UnpackTuple with no name), index() errors called directly, *= after the number slots.
for f in [lambda: 'abc'.__mul__(), lambda: [1].__mul__(), lambda: (1,).__mul__(), lambda: b'a'.__mul__(), lambda: bytearray(b'a').__mul__(), lambda: 'a'.__rmul__(), lambda: [1].__imul__(), lambda: [1].__imul__(''), lambda: 'a'.__mul__(1, 2)]:
    try: print(f())
    except TypeError as e: print(repr(str(e)))
for src in ["l = [1]; l *= 'a'", "b = bytearray(b'x'); b *= ''", "t = (1,); t *= 'a'", "s = 'x'; s *= 'a'", "l = [1]; l *= 2; print(l)", "class I:\n def __index__(self): return 2\nl=[1]; l *= I(); print(l)", "class R:\n def __rmul__(self, o): return 'rmul'\nl=[1]; l *= R(); print(l)", "import array; a = array.array('b',[1]); a *= 'x'", "import collections; d = collections.deque([1]); d *= 'x'"]:
    try: exec(src)
    except TypeError as e: print(repr(str(e)))
print([1].__imul__(2), bytearray(b'a').__imul__(2))
for f in [lambda: [1].__imul__(''), lambda: bytearray(b'a').__imul__(''), lambda: [1].__imul__(2.5)]:
    try: print(f())
    except TypeError as e: print(repr(str(e)))
