# Containment, count, index and sequence equality ask an object with __eq__ even against a str or an int.
class X:
    def __eq__(s, o): return True
    __hash__ = object.__hash__
print(X() in ["a"], X() in [1], X() in (2.5,), ["a"].count(X()), ["a"].index(X()), ("q",).index(X()))
print("a" in [X()], 1 in [X()], [1, "a"] == [X(), X()], ("a",) == (X(),))
class S(str):
    def __eq__(s, o): return str.__eq__(s.lower(), str(o).lower())
    __hash__ = str.__hash__
print(S("A") in ["a"], "a" in [S("A")], ["a"].count(S("A")), ["b", "a"].index(S("A")))
import collections
print(collections.deque(["a"]).count(X()), X() in collections.deque(["a"]))
print({"a": 1} == {"a": X()}, X() in {"a": 1}.values())
