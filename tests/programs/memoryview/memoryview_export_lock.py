# A bytearray cannot be resized while a memoryview exports it; same-size writes stay visible.
def show(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
buf = bytearray(b"hello")
view = memoryview(buf)
for label, f in [("append", lambda: buf.append(33)), ("extend", lambda: buf.extend(b"!!")), ("pop", lambda: buf.pop()),
                 ("remove", lambda: buf.remove(104)), ("insert", lambda: buf.insert(0, 1)), ("clear", lambda: buf.clear()),
                 ("del item", lambda: buf.__delitem__(0)), ("del slice", lambda: buf.__delitem__(slice(0, 2))),
                 ("grow slice", lambda: buf.__setitem__(slice(0, 1), b"ab")), ("iadd", lambda: buf.__iadd__(b"x")),
                 ("imul", lambda: buf.__imul__(2)), ("imul 1", lambda: buf.__imul__(1)), ("init", lambda: buf.__init__(b"new")),
                 ("same-size slice", lambda: buf.__setitem__(slice(0, 2), b"HE")), ("item", lambda: buf.__setitem__(4, 79)),
                 ("reverse", lambda: buf.reverse()), ("del empty slice", lambda: buf.__delitem__(slice(3, 3)))]:
    show(label, f)
print(buf, view.tobytes())
part = view[1:3]
view.release()
show("append while slice alive", lambda: buf.append(1))
part.release()
show("append after release", lambda: buf.append(1))
print(buf)
with memoryview(buf) as m:
    m[0] = 72
    show("append inside with", lambda: buf.append(2))
show("append after with", lambda: buf.append(3))
print(buf)
def checksum(b):
    v = memoryview(b)
    return sum(v[::2])
print(checksum(buf))
show("append after function", lambda: buf.append(4))
class Holder:
    def __init__(self, b):
        self.v = memoryview(b)
h = Holder(buf)
show("append while held", lambda: buf.append(5))
h.v.release()
show("append after holder release", lambda: buf.append(6))
views = [memoryview(buf)[i:i + 2] for i in range(0, 4, 2)]
show("append while in list", lambda: buf.append(7))
for v in views:
    v.release()
show("append after list release", lambda: buf.append(8))
ro = memoryview(buf).toreadonly()
show("append with read-only view", lambda: buf.append(9))
ro.release()
print(buf, len(buf))
def make_reader(b):
    v = memoryview(b)
    return lambda i: v[i]
reader = make_reader(buf)
show("append while a closure holds a view", lambda: buf.append(10))
print(reader(0))
del reader
# A view of the bytearray itself as the argument: the export is held during the operation.
for label, op in [("slice grow", lambda b: b.__setitem__(slice(2, None), memoryview(b)[:3])),
                  ("slice same size", lambda b: b.__setitem__(slice(2, 5), memoryview(b)[:3])),
                  ("iadd", lambda b: b.__iadd__(memoryview(b))),
                  ("iadd empty", lambda b: b.__iadd__(memoryview(b)[:0])),
                  ("extend", lambda b: b.extend(memoryview(b))),
                  ("extend other", lambda b: b.extend(memoryview(bytearray(b"zz"))))]:
    b = bytearray(b"abcdef")
    show(label, lambda: (op(b), b)[1])
