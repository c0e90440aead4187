# AttributeError name/obj from any failed getattr, __context__ re-set on every raise, ImportError pickling,
# BaseException.__setstate__, f_lineno None without a line.
import pickle, copy, sys
class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError()
try:
    A().bluch
except AttributeError as exc:
    print(exc.name, type(exc.obj).__name__)
class G:
    def __getattribute__(self, name):
        raise AttributeError('custom', name='preset')
try:
    G().x
except AttributeError as exc:
    print(exc.name, exc.obj)
obj = A()
try:
    object.__getattribute__(obj, 'bluch')
except AttributeError as exc:
    print(exc.name, exc.obj is obj)
try:
    type.__getattribute__(A, 'nope')
except AttributeError as exc:
    print(exc, exc.name, exc.obj is A)
try:
    getattr(A, 'nope2')
except AttributeError as exc:
    print(exc, exc.name, exc.obj is A)

class EA(Exception): pass
class EB(Exception): pass
class EC(Exception): pass
try:
    try:
        raise EA
    except EA as a_:
        a = a_
        try:
            raise EB
        except EB as b_:
            b = b_
            try:
                raise EC
            except EC as c_:
                c = c_
                raise a
except EA as e:
    exc = e
print(exc is a, a.__context__ is c, c.__context__ is b, b.__context__)
e1 = ValueError(1)
try:
    raise e1
except ValueError:
    pass
try:
    raise KeyError('k')
except KeyError:
    try:
        raise e1
    except ValueError as v:
        print(repr(v.__context__))

for kwargs in ({}, {'name': 'somename'}, {'path': 'somepath'}, {'name': 'n', 'path': 'p'}):
    orig = ImportError('test', **kwargs)
    print(orig.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        x = pickle.loads(pickle.dumps(orig, proto))
        assert (x.args, x.msg, x.name, x.path) == (orig.args, orig.msg, orig.name, orig.path), proto
    for cp in copy.copy, copy.deepcopy:
        x = cp(orig)
        assert (x.args, x.msg, x.name, x.path) == (orig.args, orig.msg, orig.name, orig.path)
m = ModuleNotFoundError('m', name='mod')
m.extra = 5
print(m.__reduce__(), pickle.loads(pickle.dumps(m)).name)
v = ValueError(1)
v.__setstate__({'a': 1, 'b': 2})
print(v.a, v.b, v.__setstate__(None))
try:
    v.__setstate__(1)
except TypeError as e:
    print(e)

def f():
    1/0
def lines(fn):
    try:
        fn()
    except Exception as ex:
        t = ex.__traceback__.tb_next
        return [t.tb_frame.f_lineno if t.tb_frame.f_lineno is None else t.tb_frame.f_lineno - t.tb_frame.f_code.co_firstlineno]
print(lines(f))
f.__code__ = f.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
print(lines(f))
