# Slot wrappers and method-wrappers carry CPython's docstrings and text signatures (typeobject.c's slotdefs),
# so help() and inspect.signature() describe them as CPython does.
import inspect

for f in [list.__len__, list.__iter__, iter([]).__next__, object.__repr__, int.__add__, int.__radd__, object.__init__,
          type.__call__, int.__lt__, object.__hash__, float.__bool__, object.__setattr__, object.__delattr__,
          list.__setitem__, list.__delitem__, list.__contains__, int.__neg__, int.__pow__, list.__iadd__, set.__ior__,
          property.__get__, property.__set__, int.__index__, int.__divmod__, bytes.__buffer__ if hasattr(bytes, "__buffer__") else str.__mod__]:
    print(f"{f.__qualname__:22} {f.__text_signature__!s:28} {f.__doc__}")
for f in [[].__len__, (1).__add__, "".__mul__]:
    print(f.__name__, f.__text_signature__, f.__doc__, inspect.signature(f))
print(inspect.signature(int.__pow__), inspect.signature(object.__init__))
help(list.__len__)
help([].__iadd__)


class Mine:
    def __len__(self):
        "my own"
        return 0


print(Mine.__len__.__doc__, Mine().__len__.__doc__)
