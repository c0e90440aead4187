# str(x), int(x), float(x), tuple(x) with one argument take a VM fast path: same results and errors as the general call.
class S(str):
    pass
class F(float):
    pass
class WithStr:
    def __str__(self):
        return 'custom'
print(str(5), str(-2**70), str(1.5), str(True), str(None), str(S('sub')), type(str(S('sub'))).__name__, str(WithStr()))
print(int(7), int(True), int(2**80), int(3.9), int('42'), int(F(2.5)))
print(float(3), float(2.5), float(F(1.25)), type(float(F(1.25))).__name__, float('inf'), float(2**60))
t = (1, 2)
print(tuple(t) is t, tuple([1, 2]), tuple('ab'))
for bad in (lambda: int('x'), lambda: float('y'), lambda: str(b'a', 'nope'), lambda: int([])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
