# slice pickling and arbitrary-precision indices(), tuple repetition keeping identity, list comparison re-reading
# lengths (an item's __eq__ may clear a list) and not comparing items of lists of different lengths.
import copy, pickle, sys
s = slice(1, 10, 2)
print(copy.deepcopy(s), pickle.loads(pickle.dumps(s)), s.__reduce__())
print(slice(None, None, -2**100).indices(0), slice(-2**100, 2**100).indices(5), slice(None, None, 3).indices(2**70))
for args in [(1, 2, 0), (1.5,)]:
    try:
        print(slice(*args).indices(5))
    except Exception as e:
        print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(e)
t = (1, 2)
e = ()
print(t * 1 is t, () * 5 is e, (t * 0) is e, type(t * 2), [] * 3)
class T(tuple): pass
u = T((1,))
print(type(u * 1), (u * 1) is u)
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
list1 = [X()]
list2 = [Y()]
print(list1 == list2)
class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented
list3 = [Z()]
list4 = [1]
print(list3 == list4)
class Noisy:
    def __eq__(self, o):
        print('eq called'); return True
print([Noisy()] == [Noisy(), 1], [Noisy()] < [Noisy(), 1])

# slice.indices() calls each bound's __index__ once.
class I:
    n = 0
    def __index__(self):
        I.n += 1
        return 2
print(slice(I(), I(), I()).indices(10), I.n)
print([0,1,2,3,4][I():], I.n)
try:
    slice('a').indices(3)
except TypeError as e:
    print(e)
