# Class bodies are not enclosing scopes for methods, but are for direct code.
value = "module"
class A:
    value = "class"
    def get(self):
        return value
    direct = value
    lam = staticmethod(lambda: value)
print(A().get(), A.direct, A.lam())
def f():
    value = "function"
    class B:
        def get(self):
            return value
        here = value
    return B().get(), B.here
print(f())
def g():
    value = "function"
    class C:
        value = "class C"
        def get(self):
            return value
        seen = value
    return C().get(), C.seen
print(g())
class D:
    x = 5
    y = [x for _ in range(2)] if False else None
    z = (lambda x=x: x * 2)()
print(D.z)
def h():
    n = 1
    class E:
        n = 2
        def m(self):
            return n
        k = n
    return E().m(), E.k
print(h())
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return Counter.count
c = Counter()
print(c.inc(), c.inc(), Counter.count)
class F:
    __private = "mangled"
    def get(self):
        return self.__private
print(F().get(), hasattr(F, "__private"), F._F__private)
class G(F):
    def get2(self):
        try:
            return self.__private
        except AttributeError as e:
            return f"AttributeError: {e}"
print(G().get2())
