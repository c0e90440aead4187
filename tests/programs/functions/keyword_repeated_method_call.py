# A repeated keyword argument is a SyntaxError in a method call too (the LOAD_METHOD form of a call).
for s in ['f(a=1, a=3)', 'g.h(f, a=1, a=3)', 'g.h(a=1, a=3)', 'f(x, a=1, a=3)', 'g.h(__debug__=1)', 'g.h(b=1,\n    c=2, b=3)',
          'g.h(*x, a=1, a=2)', 'g.h(a=1, **k, a=2)', 'import m\nm.f(a=1, a=2)', 'x.y.z(q=1, r=2, q=3)']:
    try:
        compile(s, 's', 'exec')
        print(repr(s), 'compiled')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
