# typing: generic aliases and their repr, get_type_hints, NamedTuple, TypedDict, Protocol, TypeVar, Generic,
# Optional/Union, Literal, overload, cast, get_origin/get_args, dataclass annotations.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple, Optional, Protocol,
                    Tuple, TypedDict, TypeVar, Union, cast, get_args, get_origin, get_type_hints, overload,
                    runtime_checkable)

T = TypeVar('T')
K = TypeVar('K', bound=str)
print(T, K.__bound__, T.__name__)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str, None], Callable[[int, str], bool], Tuple[int, ...])
print(Literal['a', 1], ClassVar[int], Final[int], list[int], dict[str, int] == typing.Dict[str, int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Union[int, str]))
print(Union[int, int], Union[int, Union[str, float]], Optional[Union[int, str]])

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b: Box[int] = Box(3)
print(Box[int], Box[int]().__class__ if False else b.get(), Box.__parameters__)

def g(x: int, y: 'Optional[str]' = None) -> List[int]:
    return [x]
print(get_type_hints(g))

class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return self.x + self.y
p = Pt(1)
print(p, p.norm(), Pt._fields, Pt._field_defaults, p._replace(y=5), p._asdict(), Pt.__annotations__)

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'x'}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))

@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x):
    return x
print(h(3), cast(int, 'not really'), typing.TYPE_CHECKING)
print(typing.get_type_hints(Pt), Any, typing.NoReturn)
