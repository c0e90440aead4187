# A set display of 3+ constants compiles to a frozenset constant plus SET_UPDATE: the set takes the
# frozenset's layout, so colliding hashes iterate in CPython's order.
print({'a', 'é', 3.25})
x = 5
print({x, 'a', 'é', 3.25}, {*'abc', 'é', 3.25})
print({0.5, 1.5, 2.5, 9, 17, 33}, {1, 9, 17, 25, 33})
