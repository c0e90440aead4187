# Details of the with protocol: truthy returns, exceptions in __enter__/__exit__.
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a):
        return "non-empty string counts as True"
with Truthy():
    raise RuntimeError("suppressed by truthy value")
print("suppressed")
class FailsEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with FailsEnter():
        print("never")
except OSError as e:
    print("OSError:", e)
class FailsExit:
    def __enter__(self): return self
    def __exit__(self, typ, val, tb):
        raise ValueError(f"exit failed while handling {typ.__name__ if typ else None}")
try:
    with FailsExit():
        raise KeyError("original")
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))
try:
    with FailsExit():
        pass
except ValueError as e:
    print("ValueError:", e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class Target:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): pass
with Target() as (a, [b, c]):
    print(a, b, c)
d = {}
with Target() as d["key"]:
    pass
print(d)
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, *args):
        print("exit got", len(args), "args")
with ExitArgs():
    pass
