# Lists compare element-wise, lexicographically; identity shortcuts in containment.
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [2] > [1, 99], [] < [[]], [[1]] < [[2]])
print([1, [2, 3]] < [1, [2, 4]], ["a", "b"] < ["a", "c"], [1.0] == [1], [True] == [1])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
class Weird:
    def __eq__(self, o):
        print("Weird.__eq__ called")
        return False
w = Weird()
lst = [w]
print(w in lst, lst.count(w), lst.index(w), lst == [w])
nan = float("nan")
print(nan in [nan], [nan] == [nan], [nan].count(nan), [float("nan")] == [float("nan")])
a = [1, 2]
b = [a, a]
print(b[0] is b[1], b == [[1, 2], [1, 2]])
a.append(3)
print(b)
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]), sorted([[3], [1, 2], [1]]))
print([1, 2] * 2 == [1, 2, 1, 2], [[0]] * 2 == [[0], [0]])
