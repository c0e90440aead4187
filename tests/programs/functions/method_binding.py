# Bound and unbound methods, method objects.
class Counter:
    def __init__(self, start=0):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter(10)
m = c.inc
print(m(), m(5), c.n)
print(m.__self__ is c, m.__func__ is Counter.inc, m.__name__)
print(Counter.inc(c, 100))
fns = [Counter(i).inc for i in range(3)]
print([f() for f in fns])
print(c.inc == c.inc, c.inc is c.inc)
class Other:
    pass
o = Other()
o.n = 0
print(Counter.inc(o, 7))
def standalone(self):
    return "standalone on " + type(self).__name__
Counter.extra = standalone
print(c.extra())
c.instance_fn = lambda: "instance attribute, not bound"
print(c.instance_fn())
print(type(c.inc).__name__, type(Counter.inc).__name__)
bound = "abc".upper
print(bound(), bound.__self__, [].append.__name__)
lst = []
add = lst.append
for i in range(3):
    add(i * i)
print(lst)
print(list(map(str.title, ["ab cd", "x"])))
