# A finished frame's f_lineno is the line of its return; code.replace() of the bytes and names fields.
import sys
TRUE = True
def if1(x):
    x()
    if TRUE:
        pass
frame = None
def save_caller_frame():
    global frame
    frame = sys._getframe(1)
if1(save_caller_frame)
print(frame.f_lineno - frame.f_code.co_firstlineno)
import dis, sys
def bug42562():
    pass
bug42562.__code__ = bug42562.__code__.replace(co_linetable=b'\xf8')
dis.dis(bug42562)
def f(a):
    return a + 1
c = f.__code__
g = type(f)(c.replace(co_consts=(None, 41)), {})
print(g(1))
h = type(f)(c.replace(co_names=('x',)), {})
print(h.__code__.co_names)
print(list(bug42562.__code__.co_lines()))
try:
    c.replace(co_code='x')
except TypeError as e:
    print(e)
k = type(f)(c.replace(co_code=c.co_code), {})
print(k(5), k.__code__ == c)
