# print() writes each piece as it is made: what a __repr__ prints, or an exception a __str__ raises, comes
# after the pieces before it (sep included), as in CPython.
class A:
    def __repr__(self):
        print('in repr')
        return 'A'
    def __str__(self):
        raise ValueError('no str')
class B:
    def __repr__(self):
        print('in B repr')
        return 'B'
print('x', [B()], 'y')
try:
    print('a', 1, A())
except ValueError as e:
    print('\n', e)
print(1, 2.5, None, True, 'z', 10**30, [1, 2], {'a': 1}, sep='|')
