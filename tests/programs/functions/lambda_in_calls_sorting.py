# Functions passed as key= and default arguments.
people = [("Ann", 31, "NY"), ("bob", 25, "LA"), ("Cid", 31, "LA"), ("dee", 19, "NY")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0].lower())))
print(sorted(people, key=lambda p: p[0].lower(), reverse=True))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: (p[2], p[1])))
by_city = {}
for p in people:
    by_city.setdefault(p[2], []).append(p[0])
print(by_city)
def key_by(idx):
    return lambda row: row[idx]
for i in range(3):
    print(i, [p[0] for p in sorted(people, key=key_by(i))])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: v % 3))
print(sorted(range(10), key=lambda v: (v % 2, -v)))
