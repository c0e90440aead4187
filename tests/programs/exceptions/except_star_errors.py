# except* rejects exception groups and non-exceptions as match types; partial matches and loops.
def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)

def eg_type():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ExceptionGroup:
        pass
attempt("except* ExceptionGroup:", eg_type)

def beg_in_tuple():
    try:
        raise ValueError()
    except* (TypeError, BaseExceptionGroup):
        pass
attempt("tuple with a group type:", beg_in_tuple)

def not_exception():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* int:
        pass
attempt("except* int:", not_exception)

def no_exception_raised():
    try:
        x = 1
    except* int:
        pass
    return "fine"
print("nothing raised:", no_exception_raised())

results = []
for i in range(4):
    try:
        excs = [ValueError(i)] if i % 2 else [ValueError(i), TypeError(i)]
        try:
            raise ExceptionGroup(f"round {i}", excs)
        except* ValueError as g:
            results.append(("v", i, len(g.exceptions)))
    except* TypeError as g:
        results.append(("t", i, [str(e) for e in g.exceptions]))
print(results)

def handler_counts():
    calls = []
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as g:
        calls.append(len(g.exceptions))
    except* (TypeError, ValueError) as g:
        calls.append(("second", len(g.exceptions)))
    return calls
print("each handler runs at most once:", handler_counts())

def subclass_match():
    class MyErr(ValueError):
        pass
    try:
        raise ExceptionGroup("eg", [MyErr("mine"), ValueError("plain")])
    except* MyErr as g:
        print("subclass part:", g.exceptions)
    except* ValueError as g:
        print("rest:", g.exceptions)
subclass_match()

def base_exception_members():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError("v")])
    except* KeyboardInterrupt as g:
        print("caught", type(g).__name__, g.exceptions)
    except* ValueError as g:
        print("caught", type(g).__name__, g.exceptions)
base_exception_members()
