# Builtins given a str holding a high surrogate before a low one (two code points, never the astral
# character they would encode in UTF-16): attribute names, eval/exec/compile sources, format() specs,
# repr() of objects whose __repr__ returns one; str subclasses as attribute names too.
a, b = "\ud83d", "\ude00"
p = a + b
S = type('S', (str,), {})


def show(k, f):
    try:
        r = f()
        print(k, len(r) if isinstance(r, str) else '', ascii(r))
    except Exception as e:
        print(k, type(e).__name__, ascii(str(e)))


class C:
    pass


class G:
    def __getattr__(self, name):
        return 'got ' + name

    def __setattr__(self, name, v):
        print('set', ascii(name), v)

    def __delattr__(self, name):
        print('del', ascii(name))


class R:
    def __repr__(self):
        return a + b


c = C()
g = G()
T = {
    'getattr': lambda: getattr(object(), p),
    'getattr2': lambda: getattr(object(), p, 'dflt'),
    'getattr3': lambda: getattr(c, a + b),
    'setattr': lambda: (setattr(c, p, 1), getattr(c, a + b), hasattr(c, p), list(vars(c)))[1:],
    'setattr2': lambda: (setattr(c, "\U0001f600", 2), getattr(c, "\U0001f600"), sorted(vars(c)))[1:],
    'delattr': lambda: (delattr(c, p), hasattr(c, p), list(vars(c)))[1:],
    'delattr2': lambda: delattr(c, p),
    'hasattr': lambda: hasattr(1, p),
    'setattr_obj': lambda: setattr(object(), p, 1),
    'getattr_g': lambda: getattr(g, p),
    'setattr_g': lambda: setattr(g, p, 5),
    'delattr_g': lambda: delattr(g, p),
    'sub_names': lambda: (setattr(c, S('zz'), 3), getattr(c, S('zz')), hasattr(c, S('zz')), delattr(c, S('zz')), hasattr(c, 'zz'))[1:],
    'getattr_int': lambda: getattr(c, 5),
    'eval': lambda: eval('"' + p + '"'),
    'eval2': lambda: eval(repr(p)),
    'compile': lambda: compile('x = "' + p + '"', 's', 'exec'),
    'exec': lambda: (lambda g: (exec('y = ' + repr(p), g), g['y'])[1])({}),
    'exec2': lambda: exec(p),
    'format1': lambda: format(5, p),
    'format2': lambda: format(p, S('>4')),
    'format3': lambda: format(b, a + '^3'),
    'format4': lambda: format(1.5, 'x' + p),
    'format5': lambda: format(True, p),
    'format6': lambda: format(S('q'), p + '<2'),
    'format7': lambda: format(3, 5),
    'repr': lambda: repr(R()),
    'repr_list': lambda: repr([p, (p,), {p: p}]),
    'ascii': lambda: ascii([p]),
    'str_list': lambda: str([a + b]),
}
for k, f in T.items():
    show(k, f)
import io
for sep, end in ((a + b, b), (S('|'), S('.\n')), (None, a)):
    s = io.StringIO()
    print(1, 2, sep=sep, end=end, file=s)
    print(b, file=s, end='')
    print(ascii(s.getvalue()))
print("x", "y", sep=S('-'), end=S('!\n'))
try:
    print(1, sep=5)
except TypeError as e:
    print(e)
try:
    print(1, end=b'x')
except TypeError as e:
    print(e)
# A path holding the pair cannot be encoded by the file system encoding (utf-8, surrogateescape).
for f in (lambda: open(p), lambda: open('\udc80' + p, 'w'), lambda: io.FileIO(p), lambda: io.open(p, 'rb')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))
try:
    input(R())
except Exception as e:
    print()
    print(type(e).__name__, ascii(str(e)))
# str.maketrans with such strs; __import__ of such a name; a module's and a type's missing attribute.
import sys
for f in [lambda: str.maketrans({p: 'x', 'a': 'b'}), lambda: str.maketrans(p, 'xy'), lambda: str.maketrans('xy', p, p),
          lambda: str.maketrans('x', p), lambda: (a + 'x' + b).translate(str.maketrans(p + 'x', 'qrs')),
          lambda: __import__(p), lambda: __import__(''), lambda: __import__(5), lambda: __import__(S('os')).__name__,
          lambda: getattr(sys, p), lambda: getattr(C, p), lambda: hasattr(sys, p)]:
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))
