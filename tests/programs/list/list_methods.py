# Every list method.
lst = [3, 1, 4]
lst.append(1); print(lst)
lst.extend([5, 9]); print(lst)
lst.extend("ab"); print(lst)
lst.extend(range(2)); print(lst)
lst.insert(0, "start"); lst.insert(100, "end"); lst.insert(-1, "before-end"); lst.insert(-100, "very-start"); print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove("a"); print(lst)
print(lst.index(1), lst.index(1, 2), lst.index(5, 0, 10), lst.count(1), lst.count("zz"))
del lst[0]
lst2 = [x for x in lst if isinstance(x, int)]
lst2.reverse(); print(lst2)
lst2.sort(); print(lst2)
lst2.sort(reverse=True); print(lst2)
c = lst2.copy(); c.append(100); print(lst2, c)
c.clear(); print(c)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, 2].index(1, 1), lambda: [1].insert("0", 1), lambda: [1].extend(5), lambda: [1].pop("x"),
            lambda: [1, "a"].sort(), lambda: [1].append(1, 2)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
x = [1, 2]
x.extend(x); print(x)
x.append(x); print(x, len(x))
y = [0] * 3
y += [1]; y *= 2; print(y, y * 0, [] * 10)
print(list.append, ) if False else print(sorted(m for m in dir(list) if not m.startswith("_")))
