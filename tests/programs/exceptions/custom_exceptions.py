# User-defined exception hierarchies.
class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
class ConfigError(AppError):
    code = 2
class NetworkError(AppError):
    code = 3
class TimeoutErr(NetworkError):
    code = 4
    def __str__(self):
        return f"timed out: {self.args[0]} (detail={self.detail})"
def fail(kind):
    if kind == "config":
        raise ConfigError("missing key", detail="db.host")
    if kind == "timeout":
        raise TimeoutErr("GET /", detail=30)
    if kind == "net":
        raise NetworkError("unreachable")
    if kind == "other":
        raise RuntimeError("not ours")
    return "ok"
for kind in ["none", "config", "timeout", "net", "other"]:
    try:
        print(kind, "->", fail(kind))
    except NetworkError as e:
        print(kind, "-> network", type(e).__name__, e, e.code, e.detail)
    except AppError as e:
        print(kind, "-> app", type(e).__name__, e, e.code, e.detail)
    except Exception as e:
        print(kind, "-> other", repr(e))
class WithRepr(Exception):
    pass
print(repr(WithRepr("a", 1)), str(WithRepr()), str(WithRepr("x")))
class NoInitCall(Exception):
    def __init__(self, value):
        self.value = value
e = NoInitCall(5)
print(e.args, repr(e), str(e), e.value)
class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
try:
    raise KwOnly(reason="why")
except KwOnly as e:
    print("KwOnly:", e)
try:
    raise NotAnException
except NameError as e:
    print("NameError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except NotExc:
        pass
    raise ValueError
except ValueError:
    print("except with non-exception class not evaluated when nothing raised")
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
