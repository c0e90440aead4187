# __getattr__ is called when the normal lookup raises AttributeError, also when a descriptor raises it (an
# unset slot, a property's getter): through getattr() with a default and hasattr() as through a.b.
class U:
    __slots__ = ('a',)
    def __getattr__(self, n): return 'missing ' + n
u = U()
print(u.a, getattr(u, 'a', 'dflt'), hasattr(u, 'a'))
class W:
    @property
    def p(self): raise AttributeError('inner')
    def __getattr__(self, n):
        if n == 'boom': raise AttributeError('from getattr')
        return 'ga ' + n
w = W()
print(w.p, getattr(w, 'p', 'd'), getattr(w, 'q', 'd'), getattr(w, 'boom', 'd'), hasattr(w, 'boom'))
class X:
    __slots__ = ('a',)
x = X()
print(getattr(x, 'a', 'dflt'), hasattr(x, 'a'))
class Meta(type):
    @property
    def cp(cls): raise AttributeError('no cp')
    def __getattr__(cls, n): return 'meta ' + n
class K(metaclass=Meta): pass
print(K.cp, getattr(K, 'cp', 'd'), getattr(K, 'zz', 'd'), hasattr(K, 'zz'))
class Desc:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, typ=None): return self if obj is None else getattr(obj, self.name, 'unset')
class S:
    d = Desc()
    __slots__ = ('_d',)
    def __getattr__(self, n): return f'missing {n}'
print(S().d)
