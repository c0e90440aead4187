# sum(): positional and keyword start, its argument errors (keywords count in 'at most 2 arguments').
for a, k in [(([1, 2],), {}), (([1, 2], 10), {}), (([1.5, 2],), {'start': 1}), (([],), {'start': []}), ((), {}), (([1],), {'begin': 1}), (([1], 2, 3), {}), (([1], 2), {'start': 3}), (([[1], [2]],), {'start': []})]:
    try:
        print(sum(*a, **k))
    except TypeError as e:
        print('TypeError', e)
