# *args and **kwargs collection and forwarding.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, x=3))
print(collect(*range(3), **dict(a=1)))
def forward(*a, **k):
    return collect(*a, **k)
print(forward("p", q="r"))
def mixed(first, *rest, last="L", **opts):
    return first, rest, last, opts
print(mixed(1))
print(mixed(1, 2, 3))
print(mixed(1, 2, last=3, extra=4))
try:
    mixed()
except TypeError as e:
    print("TypeError:", e)
def kwonly_after_star(*, x, **rest):
    return x, rest
print(kwonly_after_star(x=1, y=2))
def count(*args):
    return len(args), type(args).__name__
print(count(), count(None), count(*"hello"))
def kw(**kwargs):
    return sorted(kwargs), type(kwargs).__name__
print(kw(b=1, a=2), kw(**{"if": 1, "class": 2}))
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
def summer(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total
print(summer(1, 2, 3), summer(1.5, start=10), summer(start=-1))
args = [1, 2]
kwargs = {"last": "Z"}
print(mixed(*args, *args, **kwargs, flag=True))
