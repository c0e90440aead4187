# The C pickler's and unpickler's errors: exception types (the _pickle exception hierarchy) and messages for
# bad arguments, unpicklable objects, broken __reduce__ results, bad globals and corrupt or truncated data.
import pickle, _pickle, io, copyreg, sys, types, re


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', re.sub('0x[0-9a-f]{6,}', '0x...', repr(r))[:100])
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, re.sub('0x[0-9a-f]{6,}', '0x...', str(e))[:200])


print(_pickle.PickleError.__mro__, _pickle.PicklingError.__bases__, _pickle.UnpicklingError.__bases__)
print(pickle.PickleError is _pickle.PickleError, pickle.PicklingError is _pickle.PicklingError,
      pickle.UnpicklingError is _pickle.UnpicklingError, pickle.PickleBuffer is _pickle.PickleBuffer)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, sorted(n for n in dir(_pickle) if not n.startswith('__')))


def local():
    class Local:
        pass
    return Local


class Moved:
    pass


Moved.__module__ = 'no_such_module_here'


class Renamed:
    pass


Renamed.__qualname__ = 'Nowhere'


class Impostor:
    pass


Impostor.__qualname__ = 'OrderedDict'
Impostor.__module__ = 'collections'


class Bad:
    def __init__(self, r):
        self.r = r

    def __reduce__(self):
        return self.r


class NoReduce:
    __reduce_ex__ = None


class Cls:
    pass


def newobj(cls, *args):
    return cls.__new__(cls, *args)


def newobj_ex(cls, args, kw):
    return cls.__new__(cls, *args, **kw)


newobj.__name__ = '__newobj__'
newobj_ex.__name__ = '__newobj_ex__'

bad_reductions = [
    42, (), (len,), (1, ()), (len, 1), (len, (), None, 5), (len, (), None, None, 5), (len, (), None, None, None, 5),
    (len, (), None, None, None, None, 7), (newobj, ()), (newobj, (1,)), (newobj, (int,)), (newobj_ex, ()),
    (newobj_ex, (1, (), {})), (newobj_ex, (Cls, [], {})), (newobj_ex, (Cls, (), [])),
]
for proto in (0, 2, 4):
    attempt(f'local {proto}', lambda: pickle.dumps(local(), proto))
    attempt(f'lambda {proto}', lambda: pickle.dumps(lambda: 0, proto))
    attempt(f'moved {proto}', lambda: pickle.dumps(Moved, proto))
    attempt(f'renamed {proto}', lambda: pickle.dumps(Renamed, proto))
    attempt(f'impostor {proto}', lambda: pickle.dumps(Impostor, proto))
    attempt(f'file {proto}', lambda: pickle.dumps(sys.stdout, proto))
    attempt(f'noreduce {proto}', lambda: pickle.dumps(NoReduce(), proto))
    attempt(f'module {proto}', lambda: pickle.dumps(types, proto))
    for i, r in enumerate(bad_reductions):
        attempt(f'reduce {proto} {i}', lambda: pickle.dumps(Bad(r), proto))
    attempt(f'unicode global {proto}', lambda: pickle.dumps(type('é', (), {'__module__': '__main__'}), proto))
    attempt(f'recursion {proto}', lambda: pickle.dumps(Bad((list, ([Bad(None)],)))))

nested = []
for _ in range(5000):
    nested = [nested]
attempt('deep', lambda: pickle.dumps(nested))
cyc = []
cyc.append(cyc)
p = pickle.Pickler(io.BytesIO())
p.fast = True
attempt('fast cycle', lambda: p.dump(cyc))
attempt('protocol 6', lambda: pickle.dumps(1, 6))
attempt('protocol str', lambda: pickle.dumps(1, 'x'))
attempt('protocol -1', lambda: pickle.dumps(1, -1)[:2])
attempt('buffer_callback', lambda: pickle.dumps(1, 4, buffer_callback=print))
attempt('no write', lambda: pickle.Pickler(1))
attempt('no read', lambda: pickle.Unpickler(1))
attempt('pb proto 4', lambda: pickle.dumps(pickle.PickleBuffer(b'x'), 4))
attempt('pb bad', lambda: pickle.PickleBuffer('str'))
attempt('pb none', lambda: pickle.PickleBuffer())
attempt('pb two', lambda: pickle.PickleBuffer(b'x', b'y'))
released = pickle.PickleBuffer(b'x')
released.release()
attempt('pb released', lambda: memoryview(released))
attempt('pb released raw', lambda: released.raw())
attempt('pb reduce', lambda: pickle.dumps(pickle.PickleBuffer(b'x'), 4))
attempt('memo bad', lambda: setattr(pickle.Pickler(io.BytesIO()), 'memo', 5))
attempt('memo values', lambda: setattr(pickle.Pickler(io.BytesIO()), 'memo', {1: 2}))
attempt('memo del', lambda: delattr(pickle.Pickler(io.BytesIO()), 'memo'))
attempt('umemo bad', lambda: setattr(pickle.Unpickler(io.BytesIO()), 'memo', []))
attempt('umemo key', lambda: setattr(pickle.Unpickler(io.BytesIO()), 'memo', {'a': 1}))
attempt('umemo neg', lambda: setattr(pickle.Unpickler(io.BytesIO()), 'memo', {-1: 1}))
attempt('persid attr', lambda: pickle.Pickler(io.BytesIO()).persistent_id)
attempt('persid set', lambda: setattr(pickle.Pickler(io.BytesIO()), 'persistent_id', 5))
attempt('persload set', lambda: setattr(pickle.Unpickler(io.BytesIO()), 'persistent_load', 5))
attempt('dispatch attr', lambda: pickle.Pickler(io.BytesIO()).dispatch_table)


class NoInit(pickle.Pickler):
    def __init__(self):
        pass


class NoInitU(pickle.Unpickler):
    def __init__(self):
        pass


attempt('noinit', lambda: NoInit().dump(1))
attempt('noinit u', lambda: NoInitU().load())
attempt('encoding', lambda: pickle.loads(b'.', encoding=1))
attempt('loads str', lambda: pickle.loads('abc'))
attempt('loads kw', lambda: pickle.loads(b'N.', bogus=1))

corrupt = [b'', b'x', b'\x80\x09', b'(.', b'0', b'a', b'N', b'\x80\x04\x95', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.',
           b'\xff', b"'", b'\\', b'\x00', b'K', b'J\x01\x02', b'X\x05\x00\x00\x00ab', b'h\x05.', b'j\x00\x01\x00\x00.', b'g7\n.',
           b'Nq\x00h\x01.', b'S abc\n.', b"S'abc\n.", b'Fabc\n.', b'F1e500\n.', b'F1.5x\n.', b'F 1.5\n.', b'F1_0\n.', b'F-inf\n.', b'F\x00\n.', b'L0x10L\n.', b'I1_0\n.', b'I 12\n.', b'Iabc\n.', b'I\n.', b'Labc\n.', b'L\n.', b'}(K\x01u.', b'}K\x01s.',
           b'](K\x01.', b'e.', b'u.', b'\x90.', b'\x8f(K\x01\x90.', b'\x91.', b'(\x91.', b'N\x93.', b'\x8c\x01a\x8c\x01b\x93.',
           b'K\x01K\x02\x93.', b'N)\x81.', b'K\x01)\x81.', b'c__builtin__\nint\nK\x01\x81.', b'c__builtin__\nint\n)}\x92.',
           b'c__builtin__\nint\n)K\x01\x92.', b'\x82\x00.', b'\x82\x05.', b'\x83\x00\x01.', b'\x84\xff\xff\xff\x7f.', b'P1\n.', b'NQ.',
           b'\x8b\xff\xff\xff\xff.', b'\x8a\x05\x00\x00.', b'(N(N1.', b'2.', b'Np-1\n.', b'r\x00\x00\x00\x80.', b'\x97.', b'\x98.',
           b'c__builtin__\nno_such_name\n.', b'cno_such_mod\nx\n.', b'c__builtin__\n', b'cbuiltins\nlen\nN\x85R.',
           b'cbuiltins\nlen\nN\x85NR.', b'(i__builtin__\nno_such\n.', b'}N\x85b.', b'N}b.', b'cbuiltins\nobject\n)R(K\x01K\x02tb.',
           b'cbuiltins\nobject\n)RN}\x86b.', b'\x8c\x03\xff\xfe\xfd.', b'T\x05\x00\x00\x00\xe9\xe9\xe9\xe9\xe9.', b'Va\\u12\n.',
           b'\x80\x04\x8c\x0bbuiltins.x\x94\x8c\x07a.<locals>\x93.', b'\x80\x04\x8c\x08builtins\x94\x8c\x05int.x\x93.']
for s in corrupt:
    attempt(f'loads {s!r}', lambda: pickle.loads(s))
    attempt(f'load {s!r}', lambda: pickle.load(io.BytesIO(s)))

# Argument errors of the methods and functions.
p = pickle.Pickler(io.BytesIO()); u = pickle.Unpickler(io.BytesIO(b'N.'))
for f in (lambda: p.dump(), lambda: p.dump(1, 2), lambda: p.clear_memo(1), lambda: u.load(1), lambda: u.find_class('a'),
          lambda: pickle.dumps(), lambda: pickle.dumps(1, 2, 3), lambda: pickle.dumps(1, protocol=2, bogus=1), lambda: pickle.loads(),
          lambda: pickle.loads(b'N.', b'x'), lambda: pickle.load(), lambda: pickle.dump(1), lambda: pickle.Pickler(),
          lambda: pickle.Unpickler(), lambda: pickle.Unpickler(io.BytesIO(), 1), lambda: p.memo.copy(1), lambda: pickle.Pickler(io.BytesIO(), fix_imports=[]).dump(1),
          lambda: pickle.loads(b'N.', encoding=None), lambda: pickle.dumps(1, None, True)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
