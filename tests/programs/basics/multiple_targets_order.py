# Evaluation order of assignment targets and expressions.
log = []
def t(name, val):
    log.append(name)
    return val
class Rec:
    def __setitem__(self, k, v):
        log.append(f"set[{k}]={v}")
    def __getitem__(self, k):
        log.append(f"get[{k}]")
        return k
r = Rec()
r[t("k1", 1)] = r[t("k2", 2)] = t("value", 99)
print(log); log.clear()
a = {t("key1", "a"): t("val1", 1), t("key2", "b"): t("val2", 2)}
print(a, log); log.clear()
print(t("left", 1) + t("right", 2) * t("third", 3), log); log.clear()
def f(*args, **kw):
    return args, kw
print(f(t("p1", 1), t("p2", 2), k=t("kw", 3)), log); log.clear()
x = [0, 0, 0]
i = 0
i, x[i] = 2, 5
print(i, x)
lst = [t("e1", 1), t("e2", 2)]
print(log); log.clear()
r[t("a", 1)], r[t("b", 2)] = t("v1", "x"), t("v2", "y")
print(log); log.clear()
y = t("cond", True) and t("then", 5) or t("else", 6)
print(y, log); log.clear()
print([t(f"c{i}", i) for i in range(3)], log)
