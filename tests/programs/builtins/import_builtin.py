# __import__ and import statements for sys and math.
m = __import__("math")
s = __import__("sys")
print(m.sqrt(16), m.pi > 3, s.maxsize > 2 ** 31, type(m).__name__, m.__name__, s.__name__)
import math
import sys as system
from math import floor, ceil as c
print(math is m, system is s, floor(2.7), c(2.1))
print("math" in sys.modules if "sys" in dir() else system.modules["math"] is math)
try:
    __import__("no_such_module_abc")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print("ImportError:", e)
try:
    import math.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
def local_import():
    import math as mm
    return mm.gcd(12, 18)
print(local_import(), "mm" in dir())
print(__import__("math").factorial(5), __import__("sys", globals(), locals(), [], 0).version_info[0])
