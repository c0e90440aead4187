def primes(n):
    found = [2
    for k in range(3, n):
        if all(k % p for p in found):
            found.append(k)
    return found
