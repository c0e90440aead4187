# compile()/exec()/eval() sources (buffers, coding cookies in bytes), compile()'s filename (os.PathLike, buffers
# with a DeprecationWarning) and the int-literal digit limit at compile time (sys.set_int_max_str_digits).
import sys, warnings
class FakePath:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
def t(f, *a, **k):
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            r = f(*a, **k)
        print('ok', r.co_filename if hasattr(r, 'co_filename') else r, [str(x.message) for x in w])
    except Exception as e:
        print(type(e).__name__, e)
for fn in 'file.py', b'file.py', bytearray(b'file.py'), memoryview(b'file.py'), FakePath('fp.py'), FakePath(b'fpb.py'), list(b'file.py'), 3:
    t(compile, 'pass', fn, 'exec')
t(eval, memoryview(b"1234")[1:-1])
ns = {}
t(exec, memoryview(b"ax = 123")[1:-1], ns)
print(ns.get('x'))
t(compile, memoryview(b"123\x00"), "<dummy>", "eval")
t(eval, b'# -*- coding: latin1 -*-\n"\xc2\xa4"\n')
t(eval, '# -*- coding: badencoding -*-\n"\xc2\xa4"\n')
t(exec, b'# -*- coding: latin1 -*-\nprint("\xc2\xa4")\n')
t(eval, b'"\xc2\xa4"\n')
n = 3000
source = f"a = 1\nb = 2\nc = {'3'*n}\nd = 4"
sys.set_int_max_str_digits(n - 1)
try:
    compile(source, "<long_int_fail>", "exec")
except SyntaxError as e:
    print(e.lineno, e.offset, e)
sys.set_int_max_str_digits(n)
compile(source, "<long_int_pass>", "exec")
sys.set_int_max_str_digits(640)
for s in ['x = ' + '1' * 641, 'x = 0x' + 'f' * 5000, 'x = ' + '1_' * 400 + '1', 'x = 1' + '0' * 700 + 'j', 'x = 1' + '0' * 700 + '.5']:
    try:
        compile(s, 's', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.lineno, e.offset, str(e)[:150])
