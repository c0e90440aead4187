# product, permutations, combinations, combinations_with_replacement.
import itertools as it

print(list(it.product('ab', repeat=2)))
print(list(it.product('ab', [1, 2, 3])), list(it.product()), list(it.product('ab', [])))
print(list(it.product(range(2), repeat=3)) == [(a, b, c) for a in range(2) for b in range(2) for c in range(2)])
print(list(it.permutations('abc')))
print(list(it.permutations(range(4), 2)))
print(list(it.permutations([], 0)), list(it.permutations('ab', 3)), list(it.permutations('ab', 0)))
print(list(it.combinations('abcd', 2)))
print(list(it.combinations(range(5), 3)))
print(list(it.combinations('ab', 3)), list(it.combinations('ab', 0)), list(it.combinations([], 0)))
print(list(it.combinations_with_replacement('abc', 2)))
print(list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([], 0)))
print(sum(1 for _ in it.permutations(range(7))), sum(1 for _ in it.combinations(range(20), 5)))
print(sum(1 for _ in it.combinations_with_replacement(range(6), 4)), sum(1 for _ in it.product(range(4), repeat=5)))
# Inputs are read once, up front.
g = (i for i in range(3))
p = it.product(g, repeat=2)
print(list(g), list(p))
