# Order of evaluation when calling: function expression, positional args, keyword args, unpacking.
trace = []
def t(label, value):
    trace.append(label)
    return value
def target(*args, **kwargs):
    return args, kwargs
def get_target():
    trace.append("callee")
    return target
r = get_target()(t("p1", 1), *t("star", [2, 3]), t("p4", 4), k1=t("k1", 5), **t("dstar", {"k2": 6}), k3=t("k3", 7))
print(r)
print(trace)
trace.clear()
def with_defaults(a=t("default-a", 1), b=t("default-b", 2)):
    return a, b
print(trace, with_defaults(), with_defaults(b=0))
trace.clear()
class K:
    def m(self, *a):
        return a
obj = K()
print(t("obj", obj).m(t("arg1", 1), t("arg2", 2)), trace)
trace.clear()
print(max(t("a", 3), t("b", 9), key=t("key", lambda v: -v)), trace)
