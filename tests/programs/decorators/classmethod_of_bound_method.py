# classmethod of a bound method (a method has no __get__), classmethod objects are not callable, staticmethod ones are
import types
class A:
    def foo(self, cls):
        return 'spam', cls.__name__
class B:
    bar = classmethod(A().foo)
    baz = A().foo
print(B.bar(), B().bar(), hasattr(types.MethodType, '__get__'), B().baz(1))
for f in (classmethod(len), staticmethod(len)):
    try:
        print(f('abc'))
    except TypeError as e:
        print(e)
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, B)(), cm.__get__(B())(), staticmethod(len).__get__(1)('xy'))
class C:
    @classmethod
    @property
    def p(cls):
        return 'prop of ' + cls.__name__
print(C.p)
