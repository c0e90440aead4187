# An exception raised through lru_cache wrappers: the traceback shows only the Python frames (the wrapper
# is native), and a warning's stacklevel counts no wrapper frame (re.sub's template warning names this file).
import functools
import re
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    re.sub("(?P<a>x)", r"\g<+1>", "xx")
print(w[0].filename == __file__, w[0].category.__name__)


@functools.lru_cache
def inner(x):
    return 1 / x


@functools.lru_cache(maxsize=None)
def outer(x):
    return inner(x) + 1


print(outer(1))
outer(0)
