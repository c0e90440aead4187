# A job scheduler with priorities, dependencies and simulated workers.
class Job:
    def __init__(self, name, duration, priority=0, deps=()):
        self.name, self.duration, self.priority, self.deps = name, duration, priority, set(deps)
        self.start = self.end = None
    def __repr__(self):
        return f"{self.name}[{self.start}-{self.end}]"
def schedule(jobs, workers):
    pending = {j.name: j for j in jobs}
    done = set()
    running = []
    time = 0
    timeline = []
    while pending or running:
        for end, j in list(running):
            if end <= time:
                running.remove((end, j))
                done.add(j.name)
                timeline.append((time, "finish", j.name))
        ready = sorted((j for j in pending.values() if j.deps <= done), key=lambda j: (-j.priority, j.name))
        while ready and len(running) < workers:
            j = ready.pop(0)
            del pending[j.name]
            j.start, j.end = time, time + j.duration
            running.append((j.end, j))
            timeline.append((time, "start", j.name))
        if not running and pending:
            raise RuntimeError(f"deadlock: {sorted(pending)} waiting on {sorted(set().union(*(j.deps for j in pending.values())) - done)}")
        if running:
            time = min(e for e, _ in running)
    return time, timeline
jobs = [Job("fetch", 3, 5), Job("parse", 2, 1, ["fetch"]), Job("lint", 1, 9), Job("compile", 4, 3, ["parse"]),
        Job("test", 5, 3, ["compile", "lint"]), Job("docs", 2, 0, ["parse"]), Job("package", 1, 2, ["test", "docs"])]
for workers in (1, 2, 3):
    total, tl = schedule([Job(j.name, j.duration, j.priority, j.deps) for j in jobs], workers)
    print(f"workers={workers} makespan={total}")
    for entry in tl:
        print("   ", entry)
try:
    schedule([Job("a", 1, deps=["b"]), Job("b", 1, deps=["a"])], 2)
except RuntimeError as e:
    print("RuntimeError:", e)
