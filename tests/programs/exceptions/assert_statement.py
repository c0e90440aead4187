# assert with and without messages.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-string message:", e.args)
try:
    assert 1 == 2, None
except AssertionError as e:
    print("None message:", repr(e))
calls = []
def msg():
    calls.append("msg evaluated")
    return "m"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError:
    pass
print(calls)
def validate(d):
    assert isinstance(d, dict), "need dict"
    assert "id" in d, "need id"
    assert d["id"] >= 0, "id must be >= 0"
    return "valid"
for case in [{"id": 1}, [], {}, {"id": -5}]:
    try:
        print(validate(case))
    except AssertionError as e:
        print("invalid:", e)
print(__debug__)
