# ExceptionGroup API: construction, split/subgroup with every kind of condition, derive and metadata.
eg = ExceptionGroup("root", [
    ValueError("a"),
    ExceptionGroup("sub", [TypeError("b"), ValueError("c")]),
    KeyError("d"),
])
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [SystemExit()])).__name__)
print(eg.message, len(eg.exceptions), str(eg), repr(eg.exceptions[1]))
print(ExceptionGroup[int], BaseExceptionGroup.__mro__)
for cond in [ValueError, (TypeError, KeyError), lambda e: str(e) in ("a", "'d'"), lambda e: isinstance(e, ExceptionGroup)]:
    m, r = eg.split(cond)
    print("split:", repr(m), "|", repr(r))
print("subgroup:", repr(eg.subgroup(TypeError)), repr(eg.subgroup(OSError)))
print("whole:", eg.subgroup(Exception) is eg, eg.split(ExceptionGroup)[0] is eg)

eg.add_note("shared note")
try:
    raise eg
except ExceptionGroup as e:
    caught = e
caught.__cause__ = RuntimeError("cause")
m, r = caught.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is caught.__notes__)
print(m.__traceback__ is caught.__traceback__, repr(m.__cause__), m.__suppress_context__)

class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag="none"):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def __init__(self, message, excs, tag="none"):
        super().__init__(message, excs)
    def derive(self, excs):
        return Tagged(self.message, excs, tag=self.tag + "+")
t = Tagged("tagged", [ValueError(1), TypeError(2)], tag="T")
m, r = t.split(ValueError)
print(type(m).__name__, m.tag, r.tag, repr(m))

class NoDerive(ExceptionGroup):
    pass
m, r = NoDerive("nd", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, type(r).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"
try:
    BadDerive("bd", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

def boom(e):
    raise RuntimeError("predicate failed")
try:
    eg.split(boom)
except RuntimeError as e:
    print("predicate error propagates:", e)

for args in [("m", [ValueError()], "extra"), ("m",), (None, [ValueError()]), ("m", [ValueError(), "x"]), ("m", ())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("m", [SystemExit()])
except TypeError as e:
    print("TypeError:", e)
class MyBase(BaseExceptionGroup):
    pass
print(type(MyBase("m", [ValueError()])).__name__, type(MyBase("m", [SystemExit()])).__name__)
print(eg.exceptions[1].exceptions[0].args, isinstance(eg, Exception), isinstance(BaseExceptionGroup("b", [SystemExit()]), Exception))
