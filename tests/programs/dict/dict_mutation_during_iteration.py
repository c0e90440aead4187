# Mutating dicts while iterating: what raises, what is allowed.
d = {i: i * i for i in range(5)}
for k in d:
    d[k] = -d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {"a": 1}
try:
    for k, v in d.items():
        d.pop(k)
        d[k] = v
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {1: 1, 2: 2}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = dict.fromkeys("abc", 0)
it = iter(d)
next(it)
d.update(a=5)
print(list(it), d)
