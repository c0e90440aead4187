
# duplicate keys by value (0 == 0j), and __match_args__ naming an attribute twice
class Class:
    __match_args__ = ("a", "a")
    a = None
x = Class()
w = y = z = None
try:
    match x:
        case Class(y, z):
            w = 0
except TypeError as e:
    print(e)
print(w, y, z)
for src in ["match ...:\n case {0: _, 0j: _}:\n  pass", "match ...:\n case {0: _, False: _}:\n  pass", "match ...:\n case {0: _, 0.0: _}:\n  pass", "match ...:\n case {'a': _, 'a': _}:\n  pass", "match ...:\n case {-0: _, 0: _}:\n  pass", "match ...:\n case {1-1j: _, 1-1j: _}:\n  pass"]:
    try:
        compile(src, '<s>', 'exec'); print('ok')
    except SyntaxError as e:
        print(e.msg)
for src in ["match ...:\n case {0.5: _, 0.5+0j: _}:\n  pass", "match ...:\n case {1j: _, 1j: _}:\n  pass", "match ...:\n case {-0.0: _, 0: _}:\n  pass", "match ...:\n case {2: _, 2.5: _}:\n  pass", "match ...:\n case {True: _, 1.0: _}:\n  pass", "match ...:\n case {b'a': _, 'a': _}:\n  pass", "match ...:\n case {None: _, None: _}:\n  pass"]:
    try:
        compile(src, '<s>', 'exec'); print('ok')
    except SyntaxError as e:
        print(e.msg)
