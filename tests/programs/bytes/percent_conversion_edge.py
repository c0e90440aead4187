# '%' after flags, a width, a precision or a key: str and bytes formatting each as CPython 3.11 (bytes fetches an
# argument first, then finds the conversion unsupported; only '%%' is a literal percent).
cases = ['% %', '% %s', '%-%', '%5%', '%(a)%', '%.2%', '%l%', '%%', '%z', '% d', '%(a)s %', '%*%', '%']
for c in cases:
    for conv in (str, lambda s: s.encode()):
        f = conv(c)
        for args in ((), (1,), {'a': 1}, (3, 4)):
            try:
                r = f % args
            except Exception as e:
                r = f'{type(e).__name__}: {e}'
            print(repr(f), repr(args), repr(r))
