import math
values = [1, 4, 9]
roots = list(math.sqrt(v) for v in values, 2)
