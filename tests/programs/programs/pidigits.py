# Digits of pi with the spigot algorithm (big integer arithmetic).
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits
d = pi_digits(600)
s = "".join(map(str, d))
for i in range(0, len(s), 60):
    print(s[i:i + 60])
print("digit counts:", {c: s.count(c) for c in "0123456789"})
print("first 999999 at:", s.find("999999"))
def e_digits(n):
    scale = 10 ** (n + 10)
    total = term = scale
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return str(total)[:n]
print("e =", e_digits(80))
def sqrt2(n):
    x = 10 ** (2 * n) * 2
    lo, hi = 0, x
    r = int(x ** 0.5)
    while True:
        nr = (r + x // r) // 2
        if abs(nr - r) <= 1:
            break
        r = nr
    while r * r > x:
        r -= 1
    return str(r)
print("sqrt2 =", sqrt2(70))
