# classmethod and staticmethod behaviour, alternate constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date(1, 1, 1).is_leap(1900), MyDate.is_leap(2024))
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(2023))
print(Date.from_string.__self__.__name__, MyDate().from_string if False else MyDate.from_string.__self__.__name__)
print(callable(sm), sm(2020))
class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
class Sub(Counter):
    pass
Counter.make(); Counter.make(); Sub.make()
print(Counter.count, Sub.count)
class Wrapped:
    @classmethod
    @property
    def cls_prop(cls):
        return f"class property of {cls.__name__}"
print(Wrapped.cls_prop)
