# Generators being collected or closed run their finally blocks.
def resource(name):
    print("open", name)
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        print("close", name)
for v in resource("A"):
    print("got", v)
for v in resource("B"):
    print("got", v)
    break
print("after break")
g = resource("C")
print(next(g))
del g
print("after del")
def nested():
    try:
        yield from resource("inner")
    finally:
        print("nested finally")
n = nested()
print(next(n))
n.close()
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        print("finally with pending close")
gr = gen_with_return_in_finally()
next(gr)
gr.close()
print(gr.gi_frame)
def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
y = yields_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)
