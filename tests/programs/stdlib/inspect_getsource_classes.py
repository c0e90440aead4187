# inspect.getsource of classes (found through ast.parse and a NodeVisitor in 3.11), nested and decorated.
import inspect

def deco(c):
    return c

class Outer:
    """Outer doc."""
    x = 1

    @deco
    class Inner:
        def method(self):
            return 2

    def f(self):
        class Local:
            pass
        return Local

print(inspect.getsource(Outer))
print(inspect.getsource(Outer.Inner))
print(inspect.getsource(Outer.Inner.method))
print(inspect.getsourcelines(Outer.Inner)[1])
print(inspect.getcomments(Outer) is None)
try:
    inspect.getsource(Outer().f())
except OSError as e:
    print('OSError', e)
