# super() with no arguments is made directly by CALL, and super().name(...) calls the function found
# without a bound method: the same results as the general path in every form.
class Base:
    def m(self, a):
        return ('Base.m', type(self).__name__, a)
    @classmethod
    def cm(cls, a):
        return ('Base.cm', cls.__name__, a)
    @staticmethod
    def sm(a):
        return ('Base.sm', a)
    @property
    def p(self):
        return 'Base.p'
    attr = 'Base.attr'
    def __repr__(self):
        return 'Base()'

class Mid(Base):
    def m(self, a):
        return ('Mid.m', super().m(a))

class Leaf(Mid):
    def m(self, a):
        return ('Leaf.m', super().m(a))
    def all(self):
        s = super()
        return [super().cm(1), super().sm(2), super().p, super().attr, super().__class__.__name__,
                repr(super()), s.m(3), super().__repr__(), super(Mid, self).m(4)]
    @classmethod
    def cm(cls, a):
        return ('Leaf.cm', super().cm(a))

print(Leaf().m(0))
for v in Leaf().all():
    print(v)
print(Leaf.cm(5))

# A builtin base: method descriptors through super().
class L(list):
    def append(self, x):
        super().append(x * 2)
    def __len__(self):
        return super().__len__() + 100
l = L()
l.append(3)
print(l, len(l))
try:
    Leaf().all(1)
except TypeError as e:
    print('TypeError', e)

class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = super().get('x', 'none')
d = D(x=1)
print(d, d.extra)

# __init__ reaching object's, with and without arguments.
class P:
    def __init__(self):
        super().__init__()
        self.ok = True
print(P().ok)
class Q:
    def __init__(self):
        super().__init__(1)
try:
    Q()
except TypeError as e:
    print('TypeError', e)

# Errors: no __class__ cell, no arguments, first argument deleted, a missing attribute.
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print('RuntimeError', e)

class E:
    def nocell():
        return super().x
    def deleted(self):
        del self
        return super().m
    def missing(self):
        return super().nope()
for f in (E.nocell, lambda: E().deleted(), lambda: E().missing()):
    try:
        f()
    except (RuntimeError, AttributeError) as e:
        print(type(e).__name__, e)

# A subclass of super, and an unbound super.
class MySuper(super):
    pass
class F(Base):
    def m(self, a):
        return MySuper(F, self).m(a)
print(F().m(9))
print(super(Base).__thisclass__, super(Base).__self__)

# Methods assigned after the class was made, and a __getattr__ class.
class G(Base):
    def m(self, a):
        return super().m(a)
g = G()
print(g.m(1))
Base.m = lambda self, a: ('patched', a)
print(g.m(2))

class H:
    def __getattr__(self, name):
        return 'H.__getattr__:' + name
class I(H):
    def get(self):
        return super().anything
try:
    print(I().get())
except AttributeError as e:
    print('AttributeError', e)

# Generators and closures using super().
class J(Base):
    def gen(self):
        yield super().m('gen')
        yield (lambda: __class__)().__name__
    def m(self, a):
        return 'J.m'
print(list(J().gen()))
