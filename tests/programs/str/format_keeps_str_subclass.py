# PyObject_Format hands on the str subclass's instance that __str__ (through object.__format__) or
# __format__ returned: f'{x}', format(x) and a format string that is one field give it; text around it or
# a conversion (!s, !r) gives a plain str.
class S(str):
    pass


class X:
    def __str__(self):
        return S("hi")

    def __repr__(self):
        return S("rep")


class Y:
    def __format__(self, spec):
        return S("fmt" + spec)


class W:
    def __format__(self, spec):
        return S(">5")


x = X()
y = Y()
w = W()
cases = [
    ("f'{x}'", f'{x}'),
    ("f'a{x}b'", f'a{x}b'),
    ("f'{x!r}'", f'{x!r}'),
    ("f'{x!s}'", f'{x!s}'),
    ("f'{y}'", f'{y}'),
    ("f'{y:z}'", f'{y:z}'),
    ("f'{y}{y}'", f'{y}{y}'),
    ("format(x)", format(x)),
    ("format(y, 'q')", format(y, 'q')),
    ("'{}'.format(x)", '{}'.format(x)),
    ("'{}'.format(y)", '{}'.format(y)),
    ("'{0}'.format(x)", '{0}'.format(x)),
    ("'{a}'.format_map(...)", '{a}'.format_map({'a': y})),
    ("'<{}>'.format(x)", '<{}>'.format(x)),
    ("'{}{}'.format(x, y)", '{}{}'.format(x, y)),
    ("'{:{}}'.format('t', w)", '{:{}}'.format('t', w)),
    ("format(S('u'))", format(S('u'))),
    ("'{}'.format(S('u'))", '{}'.format(S('u'))),
    ("str(x)", str(x)),
]
for text, v in cases:
    print(f"{text:28} {type(v).__name__:4} {v!r}")

s = 'abc'
print(f'{s}' is s, format(s) is s, '{}'.format(s) == s)
