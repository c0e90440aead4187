# A frame left by an exception reports the line that raised (or re-raised) as f_lineno (PEP 626).
def lineno_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    lines = []
    t = t.tb_next
    while t:
        frame = t.tb_frame
        lines.append((frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, t.tb_lineno - frame.f_code.co_firstlineno, sorted(frame.f_locals)))
        t = t.tb_next
    print(lines)
def simple():
    x = 1
    1/0
    pass
lineno_after_raise(simple)
def in_except():
    try:
        1/0
    except:
        1/0
        pass
lineno_after_raise(in_except)
def outer():
    y = 2
    simple()
lineno_after_raise(outer)
def in_finally():
    try:
        pass
    finally:
        1/0
lineno_after_raise(in_finally)
