# A builtin sequence's * is its sq_repeat: tried after both operands' number slots, and only with an integer;
# its __mul__/__rmul__ called directly convert the count with __index__ (TypeError otherwise).
class X:
    def __rmul__(self, o): return ('rmul', o)
    def __mul__(self, o): return ('mul', o)
class I:
    def __index__(self): return 2
    def __rmul__(self, o): return ('I.rmul', o)
class J:
    def __index__(self): return 2
class S(str): pass
class L(list):
    def __mul__(self, n): return 'own mul'
for call in [lambda: 'abc'.__mul__(''), lambda: 'abc'.__rmul__(''), lambda: 'abc'.__mul__(2.0),
             lambda: [1].__mul__(''), lambda: (1,).__mul__(''), lambda: b'a'.__mul__(''), lambda: bytearray(b'a').__rmul__(1.5),
             lambda: 'a' * '', lambda: 'abc'.__mul__(True), lambda: 'ab' * X(), lambda: X() * 'ab', lambda: [1] * X(),
             lambda: 'ab' * I(), lambda: I() * 'ab', lambda: 'ab' * J(), lambda: J() * (1, 2), lambda: 3 * 'ab', lambda: 'ab' * 3,
             lambda: S('ab') * 2, lambda: 2 * S('x'), lambda: L([1]) * 2, lambda: 2 * L([1]), lambda: [1] * (2,), lambda: (2,) * [1],
             lambda: b'x' * 2.0, lambda: 2.0 * b'x', lambda: None * 'a', lambda: 'a' * None, lambda: [0] * 2**70, lambda: 'x' * -1]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
l = [1]
try:
    l *= ''
except TypeError as e:
    print(e)
l *= 2
print(l)
