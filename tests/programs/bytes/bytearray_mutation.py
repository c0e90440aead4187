# bytearray mutating methods.
ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba[1:3] = b"EL"
print(ba)
ba[1:3] = b"eeee"
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
ba.extend([1, 2])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
ba.reverse()
print(ba)
del ba[0]
del ba[::2]
print(ba)
c = ba.copy()
c.clear()
print(c, ba)
ba += b"++"
ba *= 2
print(ba)
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, b"x"), lambda: ba.append(-1),
            lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.__setitem__(slice(0, 4, 2), b"xyz"),
            lambda: ba.insert(0, "a"), lambda: ba.extend("str")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
ba2 = bytearray(b"abcdef")
ba2[::2] = b"XYZ"
ba2[1:1] = b"--"
print(ba2, ba2.upper(), ba2.find(b"Y"), ba2.replace(b"-", b""))
ba3 = bytearray(b"a-b")
ba3[1:2] = []
print(ba3, bytearray(b"abc") == b"abc", bytearray(b"x") * 3)
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
