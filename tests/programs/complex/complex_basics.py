# complex numbers: construction, attributes, repr.
vals = [1j, 2 + 3j, -1.5j, complex(1, -2), complex(0, 0), complex(-0.0, -0.0), complex(), 3 + 0j,
        complex("1+2j"), complex(" -3.5-4j "), complex("j"), complex("-j"), complex("5"), complex("1e3j"),
        complex(2.5), complex(True), complex(1 + 1j, 1j), complex("inf+nanj"), complex(-1e-300, 1e300)]
for c in vals:
    print(repr(c), str(c), c.real, c.imag)
print((3 + 4j).conjugate(), abs(3 + 4j), abs(-5j), type(abs(1j)).__name__)
for s in ["1+2", "1 + 2j", "2j+1j", "", "(1+2j", "1+2jj", "j1", "1e", "nan+nanjx"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for args in [("1", 2), (1, "2"), ([1],)]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError:", e)
print(complex("(1+2j)"), complex(" ( 3-1j ) "), 1 + 2j == complex(1, 2), (1 + 2j) != (1 - 2j))
class C:
    def __complex__(self): return 7j
class F:
    def __float__(self): return 2.0
class I:
    def __index__(self): return 3
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
