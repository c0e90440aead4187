# Closures that create generators and share state with them.
def make_source(items):
    consumed = []
    def gen():
        for it in items:
            consumed.append(it)
            yield it
    def report():
        return list(consumed)
    return gen, report
gen, report = make_source("abcde")
g = gen()
print(next(g), next(g), report())
print(list(g), report())
def running(op):
    acc = None
    def step(v):
        nonlocal acc
        acc = v if acc is None else op(acc, v)
        return acc
    return step
s = running(lambda a, b: a + b)
m = running(max)
print([s(v) for v in [3, 1, 4, 1, 5]], [m(v) for v in [3, 1, 4, 1, 5]])
def make_fsm():
    state = "idle"
    transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                   ("paused", "resume"): "running", ("running", "stop"): "idle"}
    def fire(ev):
        nonlocal state
        new = transitions.get((state, ev))
        if new is None:
            return f"ignored {ev} in {state}"
        state = new
        return state
    return fire
fire = make_fsm()
print([fire(e) for e in ["pause", "start", "pause", "stop", "resume", "stop"]])
