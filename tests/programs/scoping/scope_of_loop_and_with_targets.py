# Loop, with, except and import targets bind in the enclosing scope (except 'as' names are cleared).
for i in range(3):
    loop_last = i
print(i, loop_last)
class CM:
    def __enter__(self): return "entered"
    def __exit__(self, *a): return False
with CM() as target:
    pass
print(target)
try:
    raise ValueError("x")
except ValueError as err:
    saved = err
print(repr(saved), "err" in dir())
import math as m_alias
print(m_alias.floor(2.5), "m_alias" in dir())
def inner_imports():
    import sys as local_sys
    from math import tau
    return sorted(k for k in locals())
print(inner_imports(), "tau" in dir())
def comprehension_scope():
    j = "kept"
    _ = [j for j in range(3)]
    return j
print(comprehension_scope())
def walrus_in_comprehension():
    _ = [(last := v) for v in range(4)]
    return last
print(walrus_in_comprehension())
def for_target_attr():
    class Box: pass
    b = Box()
    for b.value in range(3):
        pass
    d = {}
    for d["k"] in "xyz":
        pass
    return b.value, d
print(for_target_attr())
