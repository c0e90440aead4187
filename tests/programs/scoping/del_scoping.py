# del and scopes: deleting locals, globals and closure variables.
g = "global"
def delete_local():
    x = 1
    del x
    try:
        x
    except UnboundLocalError as e:
        return str(e)
print(delete_local())
def delete_global():
    global g
    del g
delete_global()
try:
    g
except NameError as e:
    print("NameError:", e)
def delete_unbound():
    try:
        del never_assigned
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    never_assigned = 0
print(delete_unbound())
def closure_after_del():
    v = "value"
    def read():
        return v
    del v
    try:
        return read()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(closure_after_del())
class C:
    a = 1
    del a
print(hasattr(C, "a"))
lst = [1, 2, 3]
for i in range(1):
    del lst[i]
print(lst)
del lst
print("lst" in globals())
x, y = 1, 2
del (x, y)
print("x" in globals(), "y" in globals())
