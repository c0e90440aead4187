# `str % value` is computed straight from BINARY_OP where str.__mod__ would run: a str subclass's __rmod__
# still comes first, other classes' __rmod__ never runs, and every kind of value formats as before.
class S(str):
    def __rmod__(self, other):
        return ('S.__rmod__', other)
class NoR(str):
    pass
class R:
    def __rmod__(self, other):
        return 'R.__rmod__'
    def __str__(self):
        return 'R-str'
    def __repr__(self):
        return 'R-repr'
class M(dict):
    def __missing__(self, k):
        return '<' + k + '>'

for fmt, v in [('%s', S('x')), ('%s', NoR('y')), ('%s', R()), ('%r', R()), ('%d-%s', (5, 'a')), ('%d', True),
               ('%5d|%-5d|%05d|%+d|% d', (42, 42, 42, 42, 42)), ('%x %X %o %#x %#o', (255, 255, 8, 255, 8)),
               ('%(a)s %(b)r', {'a': 1, 'b': 'two'}), ('%(zz)s', M()), ('%s', [1, 2]), ('%s', (1,)),
               ('%.2f %e %g', (3.14159, 1e10, 1e-5)), ('%c%c', ('a', 98)), ('%s', b'bytes'), ('%%', ()),
               ('%d', 2**70), ('%d', -7), ('%.3d', 5), ('%s', '\udc80'), ('%s', ('\ud83d', '\ude00')),
               ('%s%s', ('\ud83d', '\ude00')), ('%s', 1.5), ('%i %u', (3, 4)), ('%3s|%-3s|%.1s', ('a', 'b', 'xyz'))]:
    try:
        r = fmt % v
        print(repr(fmt), '->', ascii(r))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
x = 'n=%d'
x %= 3
print(x)
for fmt, v in [('%d', 'str'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(a)s', 1), ('%d', 1.5), ('%x', 1.5), ('%c', 'ab')]:
    try:
        print(fmt % v)
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
