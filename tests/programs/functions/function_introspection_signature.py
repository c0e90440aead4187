# Inspecting parameters through the code object, without inspect.
def describe(fn):
    code = fn.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    nposonly = code.co_posonlyargcount
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        p = names[i]
        if i >= first_default:
            p += "=" + repr(defaults[i - first_default])
        parts.append(p)
        if i == nposonly - 1:
            parts.append("/")
    idx = npos + nkw
    if code.co_flags & 0x04:
        parts.append("*" + names[idx])
        idx += 1
    elif nkw:
        parts.append("*")
    for i in range(npos, npos + nkw):
        p = names[i]
        if p in kwdefaults:
            p += "=" + repr(kwdefaults[p])
        parts.append(p)
    if code.co_flags & 0x08:
        parts.append("**" + names[idx])
    return f"{fn.__name__}({', '.join(parts)})"
def a(x, y=1): pass
def b(x, /, y, *, z=3): pass
def c(*args, **kwargs): pass
def d(p, q=(), *rest, k, m="m", **opts): pass
def e(): pass
for fn in (a, b, c, d, e, lambda v, *, w=None: v):
    print(describe(fn))
