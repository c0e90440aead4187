# generic_alias_iterator and starred aliases copy and pickle (ga_iter_reduce, ga_reduce)
import copy, pickle
a = next(iter(tuple[int]))
it = iter(tuple[int, str])
print(it.__reduce__()[1], next(it), it.__reduce__()[1])
for x in (a, next(iter(tuple[int, ...])), list[int], tuple[*tuple[int, ...]]):
    print(x, copy.deepcopy(x) == x, copy.copy(x) == x, pickle.loads(pickle.dumps(x)) == x, [pickle.loads(pickle.dumps(x, p)) == x for p in range(6)])
it = iter(list[int]); print(pickle.loads(pickle.dumps(it)).__class__.__name__)
