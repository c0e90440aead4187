# Builtin methods and functions called with too few or unusable arguments raise CPython's TypeError (or
# OverflowError/MemoryError for sizes), never an internal error.
import _codecs
import _imp
import _json
import _locale
import _signal
import collections
import itertools
import posix
import sys

calls = [
    "[].index()", "().index()", "[1].index(1, 0, 1, 2)", "slice(1).indices()", "(2j).__format__(10**30)",
    "(1).to_bytes(10**30)", "(1).to_bytes(10**18)", "property().__get__()", "staticmethod(len).__get__()",
    "classmethod(len).__get__()", "(lambda: 0).__get__(None, None)", "property().__get__(1, 2, 3)",
    "collections.deque.__new__()", "itertools.count.__new__()", "itertools.chain.__new__()",
    "_imp.is_builtin()", "_imp.create_builtin()", "_imp.is_frozen_package()", "_imp.get_frozen_object()",
    "_imp.create_dynamic()", "_imp._fix_co_filename(1)", "_imp.source_hash()", "_imp.source_hash(1)",
    "_signal.getsignal()", "_signal.strsignal()", "_locale.nl_langinfo()", "_locale.strxfrm()",
    "posix.waitstatus_to_exitcode()", "posix.urandom(10**30)", "posix.urandom(10**18)", "sys.addaudithook()",
    "sys.call_tracing(len)", "sys.call_tracing(len, [1])", "sys.unraisablehook()", "sys.excepthook(1)",
    "property().__set__()", "property().__set__(1)", "property().__delete__()", "property().getter()",
    "property().setter(1, 2)", "frozenset().isdisjoint()", "set().symmetric_difference()",
    "set().symmetric_difference_update()", "frozenset().symmetric_difference()", "set().issubset()",
    "{}.keys().isdisjoint()", "{}.items().isdisjoint()", "dict.fromkeys()", "collections.defaultdict.fromkeys()",
    "_codecs.escape_decode()", "_codecs.escape_encode()", "_codecs.readbuffer_encode()", "_json.scanstring('a', 'b')",
    "_json.scanstring('a')", "_json.scanstring('a', 1, 2, 3)", "_json.scanstring('abc', 10**30)",
]
for c in calls:
    try:
        eval(c)
        print(c, 'ok')
    except Exception as e:
        print(c, '->', type(e).__name__, e)
sys.excepthook(1, 2, 3)
