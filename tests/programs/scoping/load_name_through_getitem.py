# LOAD_NAME reads locals and builtins that are not exact dicts through their __getitem__ (whose errors
# propagate; a KeyError, or __missing__, decides a miss) and the globals' own entries, as CPython 3.11.
class Err(Exception):
    pass
class SetOnly(dict):
    def __getitem__(self, key):
        raise Err(key)
class Upper(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key).upper() if isinstance(dict.get(self, key), str) else dict.__getitem__(self, key)
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
code = compile("globalname", "test", "exec")
try:
    exec(code, SetOnly({'globalname': 1}))
except Err as e:
    print("Err from globals-as-locals:", e)
try:
    exec(compile("superglobal", "test", "exec"), {'__builtins__': SetOnly({'superglobal': 1})})
except Err as e:
    print("Err from builtins:", e)
ns = Upper({'word': 'abc', 'print': print})
exec("print(word)", {}, ns)
ns = Missing()
exec("v = nowhere", {}, ns)
print(ns["v"], dict(ns))
try:
    exec("undefined_name", {}, {})
except NameError as e:
    print("NameError:", e)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Upper(x='lower')
class C(metaclass=Meta):
    y = x
print(C.y)
exec("print(sg)", {'__builtins__': Missing({'print': print})})
