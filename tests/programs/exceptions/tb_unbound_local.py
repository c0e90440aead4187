# UnboundLocalError from a later assignment in the same function.
counter = 0
def increment_ok():
    global counter
    counter += 1
    return counter
print(increment_ok(), increment_ok())
def show(n):
    return f"value {n}"
print(show(counter))
def increment_broken():
    print("before increment")
    counter += 1
    return counter
print(increment_broken())
print("unreachable")
a = 1
b = 2
c = 3
d = 4
e = 5
