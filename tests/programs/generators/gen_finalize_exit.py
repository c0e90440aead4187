# Generators still suspended when the program ends are closed then, oldest first (those bound to
# globals or attributes; CPython's order for generators inside containers is its gc's).
def worker(name, log):
    try:
        while True:
            item = yield
            log.append((name, item))
    finally:
        print("worker", name, "finalised after", len(log), "items")

log = []
late = worker("created-first", log)
early = worker("started-first", log)
next(early)
next(late)
early.send(1)
late.send(2)
class Box:
    pass
box = Box()
box.w = worker("in-attribute", log)
next(box.w)
never_started = worker("never-started", log)
done = worker("closed-explicitly", log)
next(done)
done.close()
def no_finally():
    yield 1
    yield 2
quiet = no_finally()
next(quiet)
print("main body ends", log)
