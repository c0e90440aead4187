# split() and subgroup() of a group nested deeper than the recursion limit raise RecursionError, as
# exceptiongroup_split_recursive's Py_EnterRecursiveCall does.
e = TypeError(1)
for i in range(2000):
    e = ExceptionGroup('eg', [e])
for m in ('split', 'subgroup'):
    try:
        getattr(e, m)(TypeError)
    except RecursionError as r:
        print(m, 'RecursionError', r)
e = TypeError(2)
for i in range(100):
    e = ExceptionGroup('eg', [e, ValueError(i)])
m, r = e.split(TypeError)
print(repr(m)[:60], repr(r)[:60])
