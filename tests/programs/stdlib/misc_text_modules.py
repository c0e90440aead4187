# Pure-Python library modules that need only the core natives: copy, reprlib, keyword, operator,
# heapq, bisect, types, abc.
import abc, bisect, copy, heapq, keyword, operator, reprlib, types

nested = {"a": [1, 2, {"b": 3}]}
c = copy.deepcopy(nested)
c["a"][2]["b"] = 99
print(nested, c, copy.copy(nested)["a"] is nested["a"])
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.add(2, 3))
h = [5, 1, 4, 2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, [3, 9, 1]), heapq.nsmallest(2, [3, 9, 1]))
a = [1, 3, 3, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.insort(a, 5) or a)
ns = types.SimpleNamespace(x=1, y="two")
print(ns, types.FunctionType, isinstance(len, types.BuiltinFunctionType))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
try:
    Base()
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])
class Impl(Base):
    def run(self):
        return "ran"
print(Impl().run(), isinstance(Impl(), Base), issubclass(Impl, Base))
