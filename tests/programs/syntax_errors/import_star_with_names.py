from math import *, sqrt
