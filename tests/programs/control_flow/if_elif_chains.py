# if/elif/else chains with varied conditions.
def describe(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool " + ("yes" if v else "no")
    elif isinstance(v, int) and v < 0:
        return "negative int"
    elif isinstance(v, int):
        return "int"
    elif isinstance(v, str) and not v:
        return "empty str"
    elif isinstance(v, (list, tuple)):
        return f"sequence of {len(v)}"
    else:
        return "other " + type(v).__name__
for v in [None, True, False, -3, 7, "", "s", [1], (1, 2), 2.5, {}]:
    print(repr(v), describe(v))
def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizz(i) for i in range(1, 31)))
def leap(y):
    if y % 400 == 0:
        return True
    elif y % 100 == 0:
        return False
    elif y % 4 == 0:
        return True
    return False
print([y for y in range(1896, 1912) if leap(y)], leap(2000), leap(2100))
x = 0
if x: print("x truthy")
elif not x: print("x falsy")
