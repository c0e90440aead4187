# with_traceback and __traceback__ details.
def fail():
    raise ValueError("deep failure")
def middle():
    fail()
try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    saved = e.__traceback__
try:
    raise KeyError("new").with_traceback(saved)
except KeyError as e:
    tb = e.__traceback__
    count = 0
    while tb:
        count += 1
        tb = tb.tb_next
    print("frames:", count)
e = RuntimeError("fresh")
print(e.__traceback__)
print(e.with_traceback(None) is e)
try:
    e.__traceback__ = 5
except TypeError as err:
    print("TypeError:", err)
def reraiser():
    try:
        fail()
    except ValueError as err:
        raise err
try:
    reraiser()
except ValueError as err:
    tb = err.__traceback__
    out = []
    while tb:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(out)
