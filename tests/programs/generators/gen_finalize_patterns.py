# Generator finalisation: when CPython closes abandoned generators.
def res(name):
    print("open", name)
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("close", name)

# break out of a for loop over a fresh generator
for v in res("break"):
    break
print("after break")

# return from inside the loop
def first():
    for v in res("return"):
        return v
print("first:", first())

# exception raised inside the loop body, caught outside
try:
    for v in res("raise"):
        raise ValueError("boom")
except ValueError:
    print("caught boom")

# exception caught by a handler inside the same function
def inner_handler():
    try:
        for v in res("handler"):
            1 / 0
    except ZeroDivisionError:
        print("handler runs after close")
inner_handler()

# nested loops: break from the inner only
for a in res("outer"):
    for b in res("inner"):
        break
    print("outer body", a)
    if a == 2:
        break
print("nested done")

# generator expression over a generator, dropped after next()
ge = (x * 10 for x in res("genexpr-src"))
print(next(ge))
del ge
print("after del genexpr")

# a stored generator is not closed by break
g = res("stored")
for v in g:
    break
print("stored still open, next:", next(g))
del g
print("after del stored")

# rebinding a name closes the old generator
h = res("h1")
next(h)
h = res("h2")
next(h)
print("rebound h")

# a local generator dies with its function
def local():
    lg = res("local")
    next(lg)
    return "local returns"
print(local())

# returned generator survives its creator
def make():
    mg = res("made")
    next(mg)
    return mg
m = make()
print("made survives:", next(m))

# a second reference keeps it alive
a1 = res("aliased")
next(a1)
a2 = a1
del a1
print("alias alive:", next(a2))
print("end of program")
