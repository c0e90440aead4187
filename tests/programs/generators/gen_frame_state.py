# Observing generator state: gi_running, gi_frame, locals between yields.
def counter(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
g = counter(3)
print(g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_locals, g.gi_running)
print(list(g), g.gi_frame)
def introspect():
    me = yield
    yield me.gi_running
i = introspect()
next(i)
print(i.send(i))
def code_flags():
    yield
print(code_flags.__code__.co_flags & 0x20 != 0, (lambda: 1).__code__.co_flags & 0x20 != 0)
print(counter.__name__, g.__name__, g.__qualname__, g.gi_code.co_name)
class Box:
    def items(self):
        yield from range(2)
b = Box().items()
print(b.__qualname__, list(b))
