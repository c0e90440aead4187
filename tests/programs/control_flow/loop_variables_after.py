# Loop variables persist after the loop; loops over mutated sequences.
for i in range(3):
    pass
print("i after loop:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)
lst = [1, 2, 3, 4]
for v in lst:
    if v % 2 == 0:
        lst.remove(v)
print(lst)
lst = [0, 1, 2, 3, 4, 5]
for v in lst[:]:
    if v % 2:
        lst.remove(v)
print(lst)
d = {"a": 1, "b": 2}
for k in list(d):
    d[k + k] = d.pop(k)
print(d)
for k, v in zip("abc", range(10)):
    pass
print(k, v)
for idx, ch in enumerate("xyz", start=10):
    pass
print(idx, ch)
i = 100
for i in range(2):
    i = i * 10
    print("body i", i)
print("final i", i)
