class C(complex):
    pass
c = C(1 + 2j)
for r in (+c, -c, abs(C(3 + 4j)), c.conjugate(), complex(c)):
    print(type(r).__name__, r)
print(+c is c, type(c).__name__)
