# Arguments are passed by object reference.
def append_one(lst):
    lst.append(1)
    return lst
a = []
b = append_one(a)
print(a, b, a is b)
def reassign(lst):
    lst = lst + [2]
    return lst
c = [0]
d = reassign(c)
print(c, d)
def modify_dict(d, **updates):
    d.update(updates)
def clear_it(seq):
    seq[:] = []
cfg = {"a": 1}
modify_dict(cfg, b=2, a=3)
print(cfg)
nums = [1, 2, 3]
clear_it(nums)
print(nums)
def inc_int(n):
    n += 1
    return n
x = 5
print(inc_int(x), x)
def extend_tuple(t):
    t += (99,)
    return t
tt = (1,)
print(extend_tuple(tt), tt)
def swap_in_place(lst, i, j):
    lst[i], lst[j] = lst[j], lst[i]
arr = list("abcd")
swap_in_place(arr, 0, 3)
print(arr)
def kwargs_are_copies(**kw):
    kw["new"] = 1
    return kw
src = {"x": 0}
print(kwargs_are_copies(**src), src)
def args_tuple(*args):
    return type(args), args
print(args_tuple(*[1, 2]))
