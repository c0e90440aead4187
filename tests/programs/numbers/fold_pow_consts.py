# Constant folding of ** on floats and complexes gives the value the VM computes (the same glibc-exact
# kernels); a negative float to a non-integral power folds to a complex, as in CPython.
folded = [
    (1+2j) ** (3+4j), (0.5-1.25j) ** (2.75+0.5j), (-3.5+0.25j) ** 0.3, (2-7j) ** -2.5, (1.5+1.5j) ** 17,
    (0.1+9j) ** (-0.75-3j), 1.7 ** 0.3, 12.5 ** -3.7, 0.99 ** 1000.5, (-2.0) ** 0.5, (-8) ** 0.3333,
    (-1.25) ** -2.75, 1j ** -1000, (7+0j) ** (0.5+2j),
]
for v in folded:
    print(repr(v))
def f():
    return (1.25+3.5j) ** (0.5-0.25j), (-2.5) ** 1.5, 3.3 ** 2.2
print(f.__code__.co_consts[1:])
print(f())
import dis
for src in ['(1+2j) ** (3+4j)', '(-2.0) ** 0.5', '2.0 ** 1e5', '0.0 ** -1', '(0j) ** -1', '(1e300+1e300j) ** 3',
            '(1+1j) ** 1e309', '5.5 ** 1.5']:
    print(src, compile(src, '<s>', 'eval').co_consts)
