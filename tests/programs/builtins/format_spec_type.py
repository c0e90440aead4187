# __format__ of the builtin types takes a str (or a subclass): any other spec is a TypeError naming None by name.
for v in (3, 3.0, 'x', 1j, True, object(), b'x', None, [1]):
    for spec in (None, 1, b''):
        try:
            print(repr(v.__format__(spec)))
        except TypeError as e:
            print(type(v).__name__, e)
