# namedtuple: fields are _collections._tuplegetter descriptors.
from collections import namedtuple
import collections

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
print(type(Point.__dict__['x']).__name__, Point.x.__doc__)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', 'def x', rename=True)
print(R._fields)
class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4).norm(), Sub(3, 4))
print(collections._tuplegetter(1, 'doc').__get__((7, 8)))
