# functools.partial: keywords added by hand (non-str keys refused at call time, shown with str() in the repr),
# copy.copy sharing the args tuple and keywords dict as partial_setstate does.
import functools, copy
def capture(*args, **kw): return args, kw
p = functools.partial(capture)
p.keywords[1234] = 'value'
try:
    print(repr(p).replace(hex(id(capture)), 'X'))
except Exception as e:
    print(type(e).__name__, e)
try:
    p()
except TypeError as e:
    print(e)
class MyStr(str): pass
p = functools.partial(capture, a=['sth'])
p.keywords[MyStr('astr')] = ['sth']
print(repr(p).replace(hex(id(capture)), 'X').split('capture at')[1][:60])
p = functools.partial(capture, ['asdf'], bar=['qwer'])
p.attr = 'x'
f_copy = copy.copy(p)
print(f_copy.args is p.args, f_copy.keywords is p.keywords, f_copy.attr, f_copy.__dict__ is p.__dict__)
f_deep = copy.deepcopy(p)
print(f_deep.args is p.args, f_deep.args == p.args)
print(p.__reduce__()[0] is type(p), len(p.__reduce__()))
