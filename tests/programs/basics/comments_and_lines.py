# Line continuations, comments, semicolons and implicit joining.
total = 1 + \
        2 + \
        3
print(total)  # trailing comment
items = [
    1,  # first
    2,
    # a comment line inside brackets
    3,
]
print(items)
call = max(
    4,
    9,
    2,
)
print(call)
a = 1; b = 2; c = a + b; print(c)
text = ("implicit "
        "joining "
        'of strings')
print(text)
cond = (a == 1 and
        b == 2)
print(cond)
d = {
    "k": [
        (1, 2),
        (3, 4),
    ],
}
print(d)
if (a and
        b):
    print("multi-line condition")
def f(x,
      y=2,
      *,
      z=3):
    return x + y + z
print(f(1), f(1, z=10))
s = """line one
line two\
 continued
"""
print(s, end="")
print(len(s.splitlines()))
