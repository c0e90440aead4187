# Group printing limits: more than 15 members, nesting deeper than 10.
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {n}", [deep(n - 1), IndexError(n)])

wide = ExceptionGroup("wide", [OSError(i, f"error {i}") for i in range(18)])
raise BaseExceptionGroup("outer", [wide, deep(12), KeyboardInterrupt()])
