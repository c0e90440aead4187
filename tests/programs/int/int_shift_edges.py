# Shifts at the edges of the representations: int32, 2**53, shift counts around 31/32 and 53/60.
values = (0, 1, -1, -7, 7, -2**31, 2**31 - 1, -2**31 - 1, 2**31, 2**40 + 5, -(2**40) - 5, 2**53 - 1, -(2**53) + 1, 2**53, -(2**64) + 3, 12345)
for x in values:
    print(x, [x >> b for b in (0, 1, 3, 30, 31, 32, 33, 52, 53, 60, 61, 64, 100)])
    print(x, [x << b for b in (0, 1, 3, 19, 20, 30, 31, 32, 53)])
for bad in (-1, -(2**70)):
    try:
        1 >> bad
    except ValueError as e:
        print('ValueError:', e)
