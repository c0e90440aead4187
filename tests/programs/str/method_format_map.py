# format_map: dict subclasses with __missing__, arbitrary mappings, positional fields, errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age:>4} {missing}".format_map(Default(name="Ann", age=7)))
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print("{a}-{bc}-{x[0]}-{y.__class__.__name__}".format_map(Mapping()))
t(lambda: "{}".format_map({}))
t(lambda: "{0}".format_map({"0": 1}))
t(lambda: "{a}".format_map({}))
t(lambda: "{a}".format_map(5))
t(lambda: "{a}".format_map())
t(lambda: "{a}".format_map({}, {}))
t(lambda: "{a}".format_map(mapping={}))
t(lambda: "{a!r:>{w}}".format_map({"a": "x", "w": 5}))
t(lambda: "{a[1]}".format_map({"a": "xyz"}))
t(lambda: "plain".format_map(None))
