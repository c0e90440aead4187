# Edges from test_descr: non-str attribute names, ord() of a str subclass, property's members read-only as members.
class S(str): pass
for f in [lambda: type.__getattribute__(list, b'x'), lambda: type.__getattribute__(list, 1), lambda: object.__getattribute__(1, b'x'),
          lambda: ord(S('a')), lambda: ord(b'a'), lambda: ord(bytearray(b'a')), lambda: ord(b'ab'), lambda: ord(S('ab')), lambda: ord(3),
          lambda: repr([].append).split(' of ')[0],
          lambda: str(S('x')) .__class__, lambda: repr(property().fget), lambda: type(list.__dict__['append']).__name__,
          ]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
p = property()
try:
    p.fget = 1
except AttributeError as e:
    print(e)
