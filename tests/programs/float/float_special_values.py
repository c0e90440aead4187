# Signed zeros, infinities and NaN in comparisons, min/max, sorting, hashing.
import math
pz, nz = 0.0, -0.0
print(pz == nz, math.copysign(1, nz), repr(nz), str(-nz), repr(abs(nz)), repr(nz * nz))
print(min(pz, nz), min(nz, pz), max(pz, nz), max(nz, pz), sorted([pz, nz, 0]), sorted([nz, pz]))
print(1 / float("inf"), -1 / float("inf"), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
inf, nan = math.inf, math.nan
print(sorted([3, inf, -inf, 0]), max(1, inf), min(-inf, -1e308))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(nan) == hash(nan) or "nan hashes by identity")
d = {nan: 1}
print(nan in d, float("nan") in d, len({float("nan"), float("nan")}), len({nan, nan}))
print(max([nan, 1]), max([1, nan]), min([nan, 1, 2]), sorted([2, nan, 1]) if False else "skip nan sort")
print(float("inf") == float("inf"), inf - 1 == inf, -inf < inf, inf * -1 == -inf)
print(math.fsum([inf, 1]), math.fsum([1e308, 1e308, -1e308]) if False else "skip", inf % 3 if False else "skip")
print(math.floor(-0.5), math.ceil(-0.5), repr(math.ceil(-0.5) * 0.0), math.trunc(-0.9))
print(f"{nz}", f"{nz:+}", f"{pz:+}", f"{inf:+}", f"{-inf:10}", f"{nan:>5}|")
