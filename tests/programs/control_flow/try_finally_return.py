# Interplay of return with finally.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally overrides"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return in finally"
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(f4())
def f5():
    lst = []
    try:
        return lst
    finally:
        lst.append("mutated in finally")
print(f5())
def f6(n):
    for i in range(n):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
    return -1
print(f6(5), f6(1))
def f7():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f7())
def f8():
    for i in range(3):
        try:
            continue
        finally:
            print("finally on continue", i)
    return "done"
print(f8())
