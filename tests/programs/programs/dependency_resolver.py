# A package dependency resolver with version constraints (semantic versions compared as tuples).
INDEX = {
    "app": {"1.0.0": {"web": ">=2.0", "db": "^1.2"}},
    "web": {"1.9.0": {"http": ">=1.0"}, "2.0.0": {"http": ">=1.1", "tmpl": "~3.1"}, "2.1.0": {"http": ">=2.0", "tmpl": "~3.2"}},
    "db": {"1.1.0": {}, "1.2.5": {"pool": ">=0.5"}, "1.3.0": {"pool": ">=0.6"}, "2.0.0": {}},
    "http": {"1.0.0": {}, "1.1.3": {}, "2.0.1": {}},
    "tmpl": {"3.1.4": {}, "3.2.0": {}, "3.3.0": {}},
    "pool": {"0.5.0": {}, "0.6.2": {}},
}
def ver(s):
    return tuple(int(p) for p in s.split("."))
def satisfies(v, spec):
    v = ver(v)
    if spec.startswith(">="):
        return v >= ver(spec[2:]) + (0,) * (3 - len(ver(spec[2:])))
    if spec.startswith("^"):
        base = ver(spec[1:]) + (0,) * (3 - len(ver(spec[1:])))
        return v >= base and v[0] == base[0]
    if spec.startswith("~"):
        base = ver(spec[1:]) + (0,) * (3 - len(ver(spec[1:])))
        return v >= base and v[:2] == base[:2]
    return v == ver(spec)
def resolve(root, version):
    chosen = {root: version}
    order = []
    def visit(name, version, path):
        if name in path:
            raise RuntimeError(" -> ".join(path + [name]))
        for dep, spec in sorted(INDEX[name][version].items()):
            if dep in chosen:
                if not satisfies(chosen[dep], spec):
                    raise ValueError(f"{name} needs {dep} {spec}, but {chosen[dep]} already chosen")
                continue
            candidates = sorted((v for v in INDEX[dep] if satisfies(v, spec)), key=ver, reverse=True)
            if not candidates:
                raise ValueError(f"no version of {dep} matches {spec} (required by {name})")
            chosen[dep] = candidates[0]
            visit(dep, candidates[0], path + [name])
        order.append(f"{name}=={version}")
    visit(root, version, [])
    return order
print(resolve("app", "1.0.0"))
print([satisfies(v, s) for v, s in [("1.2.5", "^1.2"), ("2.0.0", "^1.2"), ("3.1.9", "~3.1"), ("3.2.0", "~3.1"), ("1.0.0", ">=1")]])
INDEX["tmpl"]["3.2.0"] = {"web": ">=1.0"}
INDEX["web"]["2.1.0"]["tmpl"] = "~3.2"
try:
    print(resolve("web", "2.1.0"))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
INDEX["db"]["1.3.0"] = {"pool": ">=0.9"}
try:
    print(resolve("app", "1.0.0"))
except ValueError as e:
    print("ValueError:", e)
