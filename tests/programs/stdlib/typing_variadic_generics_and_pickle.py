# Generic aliases substitute TypeVarTuples as CPython 3.11 does (each parameter's __typing_prepare_subst__ first),
# a bare TypeVar class is no parameter, GenericAlias takes weak references, and a native module's functions
# belong to their module (__module__, __self__), so that pickle finds them.
import operator, pickle, typing, weakref
from typing import TypeVar, TypeVarTuple, Generic

T = TypeVar('T')
Ts = TypeVarTuple('Ts')
print(tuple[*Ts, list[T]][int])
print(tuple[*Ts, list[T]][int, str, bytes])
print(tuple[T, *Ts][int])
print(list[*tuple[int, ...]], [*tuple[int, str]])

class A(Generic[*Ts]):
    pass
print(A[int, str], A[()], A[*tuple[int, ...]])

print(tuple[TypeVar].__parameters__, list[TypeVarTuple].__parameters__)
try:
    tuple[TypeVar][int]
except TypeError as e:
    print('TypeError:', e)

r = weakref.ref(list[int])
print(type(r).__name__)

print(operator.getitem.__module__, operator.getitem.__self__.__name__, operator.getitem.__reduce__())
print(pickle.loads(pickle.dumps(operator.getitem)) is operator.getitem)
print(pickle.loads(pickle.dumps(typing.List[int])), pickle.loads(pickle.dumps(dict[str, T])))
import math, _bisect, _heapq
print(math.sqrt.__module__, _bisect.bisect.__module__, _heapq.heappush.__module__, len.__module__)
