# property: messages name the property (__set_name__, any object) and the instance type's qualname as reprs,
# __doc__ is writable, a subclass instance keeps the getter's doc in its own __doc__, copies keep the name
# and let a new getter's doc replace one taken from the old getter, __set_name__ checks its arguments.
class Outer:
    class cls:
        foo = property()
        bar = property()
        bar.__set_name__(None, 42)


for what in ['get', 'set', 'del']:
    for attr in ['foo', 'bar']:
        try:
            o = Outer.cls()
            if what == 'get':
                getattr(o, attr)
            elif what == 'set':
                setattr(o, attr, 1)
            else:
                delattr(o, attr)
        except AttributeError as e:
            print(what, attr, e)
p = property()
for call in [lambda: p.__set__(Outer.cls(), 1), lambda: p.__delete__(Outer.cls()), lambda: p.__set_name__(1),
             lambda: p.__set_name__(1, 2, 3)]:
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


def getter(self):
    """getter doc"""
    return 1


p = property(getter)
print(p.__doc__)
p.__doc__ = 'changed'
print(p.__doc__, property(getter, doc='explicit').__doc__)


class PropertySub(property):
    """This is a subclass of property"""


class PropertySubSlots(property):
    """This is a subclass of property that defines __slots__"""
    __slots__ = ()


class Foo:
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1

    @spam.setter
    def spam(self, value):
        """this docstring is ignored"""

    @PropertySub
    def ham(self):
        return 2


print(Foo.spam.__doc__, '|', Foo.ham.__doc__, '|', PropertySub.__doc__)
try:
    class Bar:
        @PropertySubSlots
        def spam(self):
            """copying this docstring fails"""
except AttributeError as e:
    print('AttributeError', e)


class Base:
    @property
    def getter(self):
        """Base.getter"""


class Sub(Base):
    @Base.getter.getter
    def getter(self):
        """Sub.getter"""


print(Base.getter.__doc__, Sub.getter.__doc__)


class pro(property):
    def __new__(typ, *args, **kwargs):
        return "abcdef"


q = property.__new__(pro)
q.__set_name__(Outer, 1)
print(q.getter(None))
