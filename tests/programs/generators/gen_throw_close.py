# throw() and close() with try/finally inside the generator.
def worker():
    try:
        n = 0
        while True:
            try:
                yield n
            except ValueError as e:
                print("worker handled", e)
                n = -100
            n += 1
    finally:
        print("worker cleanup")
w = worker()
print(next(w), next(w))
print(w.throw(ValueError("reset")))
print(next(w))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated KeyError", e)
print(w.gi_frame is None)
try:
    next(w)
except StopIteration:
    print("closed generator stops")
w2 = worker()
next(w2)
w2.close()
w2.close()
print("closed twice fine")
def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                print("second close accepted")
                return
            ignored = True
            print("ignoring GeneratorExit")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
s.close()
def fresh():
    yield 1
f = fresh()
f.close()
print(list(f))
f2 = fresh()
try:
    f2.throw(TypeError("before start"))
except TypeError as e:
    print("thrown into unstarted:", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
