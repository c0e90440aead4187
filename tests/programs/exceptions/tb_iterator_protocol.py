# A TypeError from iterating over a non-iterable deep inside helpers.
def flatten(items):
    out = []
    for item in items:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, 4]], (5, 6)]))
def pairs(seq):
    it = iter(seq)
    return list(zip(it, it))
print(pairs([1, 2, 3, 4, 5, 6]))
def sum_all(*seqs):
    total = 0
    for s in seqs:
        for v in s:
            total += v
    return total
print(sum_all([1, 2], (3,), range(4)))
print(sum_all([1], 2, [3]))
x = 1
