# best_base (instance lay-out conflicts, slots, exception layouts), duplicate bases, MRO error messages.
class A: __slots__=('a',)
class B: __slots__=('b',)
class A2(A): pass
class E: __slots__=()
class F: __slots__=('__dict__',)
for bases in [(A,B),(A2,B),(A,E),(E,F),(A,F),(int,str),(A,int),(int,A2),(Exception, int), (KeyError, ValueError), (OSError, int)]:
    try:
        C = type('C', bases, {})
        print([b.__name__ for b in bases], C.__base__.__name__)
    except TypeError as e:
        print([b.__name__ for b in bases], 'TypeError:', e)
class O: pass
class X(O): pass
class Y(O): pass
for bases in [(O, X), (X, Y, X), (Y,Y)]:
    try:
        C = type('C', bases, {})
    except TypeError as e:
        print('TypeError:', e)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e: print(e)
try:
    P.__bases__ = (Y, X, O)
    print(P.__mro__)
    P.__bases__ = (O, Y)
except TypeError as e: print(e)
try:
    P.__bases__ = (Y, Y)
except TypeError as e: print(e)
