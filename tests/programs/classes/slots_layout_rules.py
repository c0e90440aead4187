# __slots__ as type_new handles them: a slot named like a class-body variable conflicts, '__doc__' may be a
# slot (typing's _SpecialForm), a name repeated in __slots__ is allowed (datetime repeats '_hashcode'),
# a builtin layout's subclass may have slots (functools._HashedSeq(list)), deleting an unset slot says
# the bare name; bases replaced by __mro_entries__ are kept as __orig_bases__.

class F:
    __slots__ = ('_name', '__doc__', '_getitem')
    def __init__(self):
        self._name = 'n'
        self.__doc__ = 'doc!'

f = F()
print(f.__doc__, type(F.__dict__['__doc__']).__name__)

class D:
    __slots__ = ('a', 'b', 'a')

d = D()
d.a = 1
d.b = 2
print(d.a, d.b)

try:
    class E:
        x = 1
        __slots__ = ('x',)
except ValueError as e:
    print('ValueError', e)

try:
    class G:
        __slots__ = ('__module__',)
except ValueError as e:
    print('ValueError', e)

class H:
    "docstring"
    __slots__ = ()

class I:
    __slots__ = ('y',)

print(H.__doc__, I.__doc__)

class S(list):
    __slots__ = 'hashvalue'
    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)

s = S((1, 2))
print(s, s.hashvalue == hash((1, 2)))
del s.hashvalue
for action in ('get', 'del'):
    try:
        if action == 'get':
            s.hashvalue
        else:
            del s.hashvalue
    except AttributeError as e:
        print(action, 'AttributeError', e)

class A:
    def __mro_entries__(self, bases):
        return (object,)

a = A()

class B(a):
    pass

class C:
    pass

class M(int, a):
    pass

print(B.__orig_bases__ == (a,), B.__bases__, hasattr(C, '__orig_bases__'), M.__orig_bases__[0] is int, M.__bases__)
