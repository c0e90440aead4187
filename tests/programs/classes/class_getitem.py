# __class_getitem__ and builtin generic aliases.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[str])
alias = list[int]
print(alias, alias.__origin__, alias.__args__, type(alias).__name__)
print(dict[str, list[int]], tuple[int, ...], type[int])
print(list[int]() == [], list[int]("ab"))
print(isinstance([], list), issubclass(list, list))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
class Registry:
    _types = {}
    def __class_getitem__(cls, key):
        return cls._types.setdefault(key, type(f"Registry_{key}", (cls,), {"key": key}))
r1 = Registry["a"]
r2 = Registry["a"]
print(r1 is r2, r1.key, r1.__name__, issubclass(r1, Registry))
print(int | str, (int | None), isinstance(3, int | str), isinstance(None, int | None))
