# Cells compare by their contents, an empty cell before any other (cell_richcompare), and have no hash.
import types
C = types.CellType
print(C(1) == C(1), C(1) < C(2), C() < C(1), C() == C(), C(1) > C(), C(1) != C(1), C(1) == 1, C() <= C(), C(2) >= C(3))
try: hash(C(1))
except TypeError as e: print(e)
try: C(1) < C('a')
except TypeError as e: print(e)
def f():
    x = 1
    def g(): return x
    return g
print(f().__closure__[0] == f().__closure__[0], sorted([C(3), C(), C(1)], key=lambda c: c.cell_contents if c != C() else -1)[0] == C())
