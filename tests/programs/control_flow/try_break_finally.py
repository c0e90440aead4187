# break/continue passing through finally, and finally overriding them.
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break, i=%d" % i
print(break_in_finally())
def continue_in_finally():
    res = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            res.append(i)
            continue
    return res
print(continue_in_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("finally n =", n)
    return n
print(while_finally())
def return_in_loop_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(return_in_loop_finally())
