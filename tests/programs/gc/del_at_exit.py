# At exit, after the atexit callbacks, __del__ runs for every object still alive, in the order they were made
# (CPython's last collection of the modules' garbage), with the modules' globals still in place; objects made
# by a __del__ are finalised too; each object once. (CPython's order is the order its collector last traversed
# them in: objects inside lists and dicts come later. Typhon keeps creation order: none here.)
import atexit
import gc
import os

# Made after a collection, the objects below stay in the youngest generation: CPython's exit collection then
# takes them in the order they were made (an automatic collection in between would reorder them).
gc.collect()


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n, os.sep)


def helper():
    return 'helper'


class B:
    def __del__(self):
        print('B uses', helper())
        A('made at exit')


a = A(1)


class Holder:
    pass


h = Holder()
h.child = A(5)


def f():
    global g
    g = A(6)


f()
cyc = A(7)
cyc.me = cyc
bb = B()
alias = a
atexit.register(lambda: print('atexit'))
print('end of main')
