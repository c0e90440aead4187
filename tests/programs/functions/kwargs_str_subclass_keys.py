# ** with str subclass keys names keywords by their text; other keys are refused at the call; a repeated key of any type
class Name(str):
    def __eq__(self, other):
        return str.__eq__(self, other)
    def __hash__(self):
        return str.__hash__(self)
x = {Name("a"): 1, Name("b"): 2}
def f(a, b):
    print(a, b)
f(**x)
def g(**kw):
    return sorted(kw)
print(g(**x), g(**{'c': 3}))
for call in (lambda: f(**{1: 3}), lambda: f(**{1: 3}, **{1: 5}), lambda: f(**{'a': 1}, **{Name('a'): 2})):
    try:
        call()
    except TypeError as e:
        print(e)
