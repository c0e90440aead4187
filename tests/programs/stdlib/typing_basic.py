# typing: generics, aliases, get_type_hints, NamedTuple, TypedDict, Protocol, overload-free basics.
from typing import List, Dict, Optional, Union, TypeVar, Generic, NamedTuple, TypedDict, Callable, Any, get_type_hints, get_args, get_origin, Protocol

T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
print(Box[int], Box(3).v, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Callable[[int], str])
print(get_args(Dict[str, int]), get_origin(List[int]), get_origin(Union[int, str]) is Union)

def f(a: int, b: 'str' = 'x') -> Optional[List[int]]:
    return None
print(get_type_hints(f))

class P(NamedTuple):
    x: int
    y: float = 0.5
print(P(1), P._fields, P(1, 2)._asdict())

class TD(TypedDict):
    name: str
    n: int
print(TD(name='a', n=1), TD.__required_keys__)

class Greeter(Protocol):
    def greet(self) -> str: ...
print(Greeter.__name__, T, int | None)
