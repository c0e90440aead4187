# deque.__reduce__ takes its items through iter() (PyObject_GetIter): a subclass's __iter__ is the one used.
import collections
import pickle


class DequeWithBadIter(collections.deque):
    def __iter__(self):
        raise TypeError('no iteration')


class ReversedDeque(collections.deque):
    def __iter__(self):
        return iter(list(super().__iter__())[::-1])


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    try:
        pickle.dumps(DequeWithBadIter('abc'), proto)
    except TypeError as e:
        print(proto, 'TypeError', e)
    print(proto, pickle.loads(pickle.dumps(ReversedDeque('abc', 5), proto)))
print(collections.deque('xyz').__reduce__()[:3])
