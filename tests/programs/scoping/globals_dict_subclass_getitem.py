# LOAD_GLOBAL with a dict subclass as globals (exec/eval) goes through __getitem__ and __missing__, as
# CPython 3.11 does when globals or builtins is not an exact dict.
class MyGlobals(dict):
    def __missing__(self, key):
        return int(key.removeprefix("_number_"))
f = eval("lambda: _number_3 + _number_4", MyGlobals())
print(f(), f())
class G(dict):
    def __getitem__(self, k):
        if k == 'magic': return 42
        return super().__getitem__(k)
g = G(len=len)
exec("def h(): return magic, len\nprint(h())", g)
try:
    eval("lambda: nothing", MyGlobals(), )
    eval("(lambda: nothing2)()", {})
except NameError as e:
    print(e)
