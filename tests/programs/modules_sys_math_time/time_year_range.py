# gettmarg's year range (a C int holding year - 1900) for asctime and strftime
import time
for y in (2**31 - 1, -2**31 + 1900, -2**31 + 1899, 2**31, -2**31):
    for name, f in (('asctime', lambda: time.asctime((y, 6, 1) + (0,) * 6)), ('strftime', lambda: time.strftime('%Y', (y, 1, 1, 0, 0, 0, 0, 1, -1)))):
        try:
            r = f()
            print(y, name, r[-12:])
        except (OverflowError, ValueError) as e:
            print(y, name, type(e).__name__, e)
