# Tuples as records: sorting, grouping, unpacking, named access by hand.
people = [("Ann", "Smith", 31, "NY"), ("Bob", "Jones", 27, "LA"), ("Cid", "Smith", 45, "NY"),
          ("Dee", "Brown", 27, "SF"), ("Eve", "Jones", 35, "LA")]
FIRST, LAST, AGE, CITY = range(4)
for p in sorted(people, key=lambda p: (p[LAST], p[FIRST])):
    print(f"{p[LAST]:6} {p[FIRST]:4} {p[AGE]:3} {p[CITY]}")
by_city = {}
for first, last, age, city in people:
    by_city.setdefault(city, []).append((age, first))
for city in sorted(by_city):
    print(city, sorted(by_city[city]))
oldest = max(people, key=lambda p: p[AGE])
youngest_first = min(people, key=lambda p: (p[AGE], p[FIRST]))
print(oldest[:2], youngest_first[:2])
ages = tuple(p[AGE] for p in people)
print(ages, sum(ages) / len(ages), ages.count(27))
def stats(xs):
    s = sorted(xs)
    n = len(s)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return min(s), max(s), median
lo, hi, med = stats(ages)
print(lo, hi, med)
points = [(1, 2), (3, 1), (0, 0), (2, 2)]
print(sorted(points), sorted(points, key=lambda p: p[1]), [x for x, y in points if x == y])
print(dict(points), list(zip(*points)))
