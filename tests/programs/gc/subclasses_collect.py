# A class nothing refers to any more dies at gc.collect() and leaves its bases' __subclasses__();
# the live ones stay, in creation order, also after __bases__ assignments.
import gc


class Base:
    pass


def make(n):
    for i in range(n):
        class Temp(Base):
            pass
    return Temp


kept = make(5)
gc.collect()
print([c.__qualname__ for c in Base.__subclasses__()])

class Other:
    pass

class Mixed(Base, Other):
    pass

gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
print([c.__name__ for c in Other.__subclasses__()])

kept.__bases__ = (Other,)
print([c.__name__ for c in Base.__subclasses__()])
print([c.__name__ for c in Other.__subclasses__()])
del kept, Mixed
gc.collect()
print(Base.__subclasses__(), Other.__subclasses__())

# Many short-lived classes: none of them stays behind.
for i in range(2000):
    type('T%d' % i, (Base,), {})
gc.collect()
print(len(Base.__subclasses__()), len(object.__subclasses__()) < 2000)
