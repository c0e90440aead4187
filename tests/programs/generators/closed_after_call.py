# A generator made as the last argument of a call into native code is closed when that call returns, as
# CPython's reference counting closes it, unless the callee kept it (in its result or elsewhere).
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('closed', tag)


print(next(gen('next')))
print('after next')
print(any(x > 0 for x in gen('genexp')))
print('after any')
r = any(gen('any'))
print('after any2', r)
it = iter(gen('iter'))
print(next(it), 'kept by iter()')
z = zip(gen('zip'), 'ab')
print(next(z), 'kept by zip()')
keep = []
keep.append(gen('append'))
print(next(keep[0]), 'kept by a list')


try:
    dict.fromkeys(gen('raising'), 1)['missing']
except KeyError as e:
    print('KeyError', e)
try:
    next(gen('raising 2'), 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print('end')
del it
print('after del')
print(list(z), list(keep[0]))
