# types.UnionType: __parameters__, substitution by [], equality and hash as sets of arguments (union_richcompare).
import typing, pickle, copy
T = typing.TypeVar('T')
a = tuple[T] | int
b = tuple[T] | int
print(a == b, hash(a) == hash(b))
print(a.__parameters__, (int | str).__parameters__)
print((float | list[T])[int], (float | list[T])[int] == float | list[int])
print(pickle.loads(pickle.dumps(list[T] | int)) == list[T] | int)
c = copy.copy(list[T] | int)
print(c == list[T] | int, c.__parameters__)
print(int | str == str | int, (int | str).__args__, int | int)
try: (int | str)[int]
except TypeError as e: print(e)
