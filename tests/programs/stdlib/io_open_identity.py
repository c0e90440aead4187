# builtins.open is _io.open: its __module__ is "io" (the C module's name), its __self__ the _io module, and
# _io's functions report "io" too; pickle finds it by that name.
import builtins, io, _io, pickle
print(open is io.open is _io.open, open.__module__, open.__self__ is _io, repr(open))
print(_io.text_encoding.__module__, _io.open_code.__module__, io.open_code is _io.open_code)
print(pickle.loads(pickle.dumps(open)) is open)
print(sorted(n for n in io.__all__ if getattr(getattr(io, n), '__module__', None) not in ('io', '_io', 'abc')))
print(len.__module__, builtins.print.__self__ is builtins)
