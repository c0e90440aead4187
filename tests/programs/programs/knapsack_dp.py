# Dynamic programming classics: knapsack, LCS, edit distance, coin change, LIS.
def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c:
                dp[i][c] = max(dp[i][c], dp[i - 1][c - w] + v)
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return dp[-1][-1], sorted(chosen)
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = a[i] + dp[i + 1][j + 1] if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]
print(lcs("AGGTAB", "GXTXAYB"), lcs("dynamic", "programming"))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print([edit(a, b) for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]])
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [None] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    for a in range(1, amount + 1):
        opts = [fewest[a - c] + 1 for c in coins if c <= a and fewest[a - c] is not None]
        fewest[a] = min(opts) if opts else None
    return ways[amount], fewest[amount]
print(coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1, 5, 10, 25, 50], 100))
def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo:
            prev[i] = tails[lo - 1]
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]), lis([]), lis([3, 2, 1]))
