# An exception raised while executing a class body.
print("defining classes")
class Ok:
    values = [1, 2, 3]
    total = sum(values)
print("Ok.total =", Ok.total)
def compute_limit(name):
    limits = {"small": 10, "medium": 100}
    return limits[name]
class Config:
    name = "config"
    small = compute_limit("small")
    medium = compute_limit("medium")
    large = compute_limit("large")
    print("never reached in class body")
print(Config.small)
def f():
    pass
def g():
    pass
def h():
    pass
