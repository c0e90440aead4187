# Short-circuit evaluation in and/or/not, any/all.
trace = []
def t(name, v):
    trace.append(name)
    return v
print(t("a", 0) and t("b", 1)); print(trace); trace.clear()
print(t("a", 1) and t("b", 0) and t("c", 1)); print(trace); trace.clear()
print(t("a", 0) or t("b", "") or t("c", "x") or t("d", 1)); print(trace); trace.clear()
print(not t("a", []) or t("b", 1)); print(trace); trace.clear()
print(any(t(i, i > 2) for i in range(10))); print(trace); trace.clear()
print(all(t(i, i < 2) for i in range(10))); print(trace); trace.clear()
print(any([]), all([]))
d = {}
print(d and d["x"])
print("key" in d and d["key"] > 0)
x = None
print(x is not None and x.attr)
def safe(s):
    return s and s[0].isupper()
print(safe(""), safe("Abc"), safe("abc"))
if t("c1", False) and t("c2", True):
    print("no")
elif t("c3", True) or t("c4", True):
    print("yes")
print(trace)
