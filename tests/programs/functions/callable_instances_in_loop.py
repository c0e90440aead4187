import sys
class C:
    def __call__(self, a, b=2, *rest, **kw):
        return (a, b, rest, sorted(kw), sys._getframe().f_back.f_code.co_name)
c = C()
def f():
    return c(1), c(1, 3, 4, x=5), c(*[7, 8]), c(a=9)
print(f())
class D:
    __call__ = staticmethod(lambda *a: a)
print(D()(1, 2))
class E:
    def __call__(self):
        raise ValueError('in call')
try:
    E()()
except ValueError as e:
    import traceback; traceback.print_exc()
try:
    C()()
except TypeError as e:
    print(e)
class G:
    def __call__(self):
        yield 1
        yield 2
print(list(G()()))
class R:
    n = 0
    def __call__(self):
        R.n += 1
        return self()
try:
    R()()
except RecursionError as e:
    print('recursion', R.n > 100)
