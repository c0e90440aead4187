# `del name` of an object with __del__ (or of a container holding one) finalises it at once when that was its
# last reference, as reference counting does: the collection runs right after the statement. Still referenced
# elsewhere, it lives on until its last name goes. (Several dying at once are finalised in creation order in
# Typhon; CPython's order follows the containers: a list's items last to first. One per container here.)
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def main():
    a = A(1)
    del a
    print('after 1')
    b = [A(2)]
    del b
    b = {'k': (A(3),)}
    del b
    print('after 2')
    c = A(4)
    d = c
    del c
    print('after 3: still referenced')
    del d
    print('after 4')


main()
x = A(5)
del x
print('after 5')
y = A(6)
holder = {'y': y}
del y
print('after 6: in a dict')
del holder
print('end')
