# int subclasses: arithmetic returns int, repr/str overrides, bool as int subclass.
class Cents(int):
    def __repr__(self):
        return f"Cents({int(self)})"
    def __str__(self):
        return f"{int(self) / 100:.2f}"
c = Cents(250)
print(repr(c), str(c), c + 1, type(c + 1).__name__, type(-c).__name__, type(abs(c)).__name__)
print(c == 250, c < 300, hash(c) == hash(250), isinstance(c, int), f"{c}", f"{c:d}", f"{c!r}")
print(int(c), type(int(c)).__name__, c * 2, c // 3, c % 7, c ** 2, c << 1, str(c << 1))
class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
    def __or__(self, other):
        return Flag(int(self) | int(other), f"{self.name}|{getattr(other, 'name', other)}")
READ = Flag(4, "READ")
WRITE = Flag(2, "WRITE")
rw = READ | WRITE
print(int(rw), rw.name, rw & 4, isinstance(rw, Flag), (rw & 4).__class__.__name__)
print(True + 1, True * 10, True // 2, -True, ~True, True << 3, type(True + True).__name__)
print(isinstance(True, int), int.__add__(True, True), bool.__mro__)
print(sum([True, True, False, True]), [10, 20][True], {1: "one"}[True])
class Weird(int):
    def __add__(self, o):
        return "Weird add"
    def __radd__(self, o):
        return "Weird radd"
print(Weird(1) + 1, 1 + Weird(1), Weird(1) + Weird(2), sum([Weird(1)], 0))
