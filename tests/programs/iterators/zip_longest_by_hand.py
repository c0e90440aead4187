# zip_longest, product, permutations, combinations by hand (no itertools).
def zip_longest(*its, fillvalue=None):
    iters = [iter(i) for i in its]
    while True:
        row, alive = [], False
        for it in iters:
            try:
                row.append(next(it))
                alive = True
            except StopIteration:
                row.append(fillvalue)
        if not alive:
            return
        yield tuple(row)
print(list(zip_longest("abc", [1], (True, False), fillvalue="-")))
def product(*pools, repeat=1):
    pools = [tuple(p) for p in pools] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    yield from result
print(list(product("ab", range(2))), len(list(product(range(3), repeat=3))))
def permutations(seq, r=None):
    seq = tuple(seq)
    r = len(seq) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:], r - 1):
            yield (x,) + rest
print(["".join(p) for p in permutations("abc")], len(list(permutations(range(5), 2))))
def combinations(seq, r):
    seq = tuple(seq)
    if r == 0:
        yield ()
        return
    for i in range(len(seq)):
        for rest in combinations(seq[i + 1:], r - 1):
            yield (seq[i],) + rest
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 4))))
def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
def starmap(fn, it):
    for args in it:
        yield fn(*args)
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
