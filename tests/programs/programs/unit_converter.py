# A unit conversion system with dimensional analysis implemented with classes and dicts.
class Quantity:
    def __init__(self, value, dims):
        self.value = value
        self.dims = {k: v for k, v in dims.items() if v}
    def _same(self, o):
        if self.dims != o.dims:
            raise TypeError(f"incompatible dimensions {self.unit_str()} and {o.unit_str()}")
    def __add__(self, o):
        self._same(o)
        return Quantity(self.value + o.value, self.dims)
    def __sub__(self, o):
        self._same(o)
        return Quantity(self.value - o.value, self.dims)
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Quantity(self.value * o, self.dims)
        dims = dict(self.dims)
        for k, v in o.dims.items():
            dims[k] = dims.get(k, 0) + v
        return Quantity(self.value * o.value, dims)
    __rmul__ = __mul__
    def __truediv__(self, o):
        if isinstance(o, (int, float)):
            return Quantity(self.value / o, self.dims)
        dims = dict(self.dims)
        for k, v in o.dims.items():
            dims[k] = dims.get(k, 0) - v
        return Quantity(self.value / o.value, dims)
    def __pow__(self, n):
        return Quantity(self.value ** n, {k: v * n for k, v in self.dims.items()})
    def unit_str(self):
        if not self.dims:
            return "1"
        return "·".join(f"{k}^{v}" if v != 1 else k for k, v in sorted(self.dims.items()))
    def to(self, unit):
        u = UNITS[unit]
        self._same(u)
        return self.value / u.value
    def __repr__(self):
        return f"{self.value:g} {self.unit_str()}"
m, s, kg = Quantity(1, {"m": 1}), Quantity(1, {"s": 1}), Quantity(1, {"kg": 1})
UNITS = {"m": m, "km": 1000 * m, "mile": 1609.344 * m, "ft": 0.3048 * m, "s": s, "min": 60 * s, "h": 3600 * s,
         "kg": kg, "lb": 0.45359237 * kg, "N": kg * m / s ** 2, "J": kg * m ** 2 / s ** 2, "kmh": 1000 * m / (3600 * s)}
distance = 42.195 * UNITS["km"]
time = 2 * UNITS["h"] + 1 * UNITS["min"] + 9 * UNITS["s"]
speed = distance / time
print(distance, time, speed)
print(round(speed.to("kmh"), 3), "km/h;", round(distance.to("mile"), 3), "miles;", round(time.to("min"), 2), "min")
force = 75 * UNITS["kg"] * (9.81 * m / s ** 2)
print(force, round(force.to("N"), 2), "N;", (force * (10 * m)).to("J"), "J")
print((3 * UNITS["ft"] + 1 * m), (UNITS["lb"] * 10).to("kg"), (m / m), (m ** 2 / m))
try:
    distance + time
except TypeError as e:
    print("TypeError:", e)
try:
    force.to("J")
except TypeError as e:
    print("TypeError:", e)
