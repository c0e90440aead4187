# except*: what leaves the block when handlers re-raise, raise new exceptions, or do nothing.
def show(label, fn):
    try:
        fn()
    except BaseException as e:
        def tree(x, depth=0):
            pad = "  " * depth
            if isinstance(x, BaseExceptionGroup):
                out = [f"{pad}{type(x).__name__}({x.message!r})"]
                for sub in x.exceptions:
                    out += tree(sub, depth + 1)
                return out
            return [f"{pad}{type(x).__name__}({x})"]
        print(label, "->")
        print("\n".join(tree(e)))
    else:
        print(label, "-> nothing escaped")

def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError:
        raise
show("bare raise keeps structure", reraise_all)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
show("new exception joins the rest", raise_new)

def raise_new_and_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from value")
    except* TypeError:
        raise
show("new and re-raised", raise_new_and_reraise)

def raise_matched_object():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise g
show("raise g is a new raise", raise_matched_object)

def nested_structure():
    try:
        raise ExceptionGroup("top", [ExceptionGroup("mid", [ValueError(1), TypeError(2)]), ValueError(3), OSError(4)])
    except* ValueError:
        pass
show("unhandled keeps nesting", nested_structure)

def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")
show("naked then new", naked_new)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
show("naked then bare raise", naked_reraise)

def naked_unmatched():
    try:
        raise OSError("unmatched")
    except* ValueError:
        print("not reached")
show("naked unmatched", naked_unmatched)

def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handling values")
    except* TypeError:
        print("handling types")
show("all handled", all_handled)

def context_of_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("k")
try:
    context_of_new()
except KeyError as e:
    print("context:", repr(e.__context__))

def chained_handlers_order():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* TypeError as g:
        print("types first:", g.exceptions)
    except* ValueError as g:
        print("values second:", g.exceptions)
    finally:
        print("finally")
chained_handlers_order()

def exc_info_inside():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("exc_info is the match:", repr(sys.exc_info()[1]))
    except* TypeError:
        print("exc_info is the match:", repr(sys.exception()) if hasattr(sys, "exception") else repr(sys.exc_info()[1]))
exc_info_inside()
