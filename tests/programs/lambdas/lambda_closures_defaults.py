# Lambdas in loops; default arguments freeze values.
callbacks = {}
for name in ["open", "save", "quit"]:
    callbacks[name] = lambda name=name: f"clicked {name}"
print([callbacks[k]() for k in callbacks])
late = {}
for name in ["open", "save", "quit"]:
    late[name] = lambda: f"clicked {name}"
print([late[k]() for k in late])
mults = [lambda x, i=i: x * i for i in range(1, 5)]
print([m(10) for m in mults])
counter = [0]
bump = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(bump(), bump(), bump())
def make():
    v = "captured"
    return lambda: v
print(make()())
deferred = []
for i in range(3):
    deferred.append(lambda j=i * i: j)
print([d() for d in deferred])
print((lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1, 2, 3, d=5, f=6))
print([(lambda x: x * 2)(n) for n in range(5)])
print(sorted([3, 1, 2], key=lambda v, rev=-1: rev * v))
