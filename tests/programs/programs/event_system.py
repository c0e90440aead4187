# An event system with classes: subscribe, priorities, once-handlers, cancellation, propagation.
class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False
        self.handled_by = []
    def cancel(self):
        self.cancelled = True
    def __repr__(self):
        return f"Event({self.name!r}, {self.data})"
class EventBus:
    def __init__(self, parent=None):
        self.handlers = {}
        self.parent = parent
        self.counter = 0
    def on(self, name, priority=0, once=False):
        def deco(fn):
            self.counter += 1
            self.handlers.setdefault(name, []).append((-priority, self.counter, fn, once))
            self.handlers[name].sort(key=lambda h: (h[0], h[1]))
            return fn
        return deco
    def emit(self, event):
        for entry in list(self.handlers.get(event.name, [])) + list(self.handlers.get("*", [])):
            _, _, fn, once = entry
            if event.cancelled:
                break
            fn(event)
            event.handled_by.append(fn.__name__)
            if once:
                self.handlers[event.name if entry in self.handlers.get(event.name, []) else "*"].remove(entry)
        if self.parent and not event.cancelled:
            self.parent.emit(event)
        return event
root = EventBus()
child = EventBus(parent=root)
log = []
@root.on("*")
def audit(e):
    log.append(f"audit {e.name}")
@child.on("login", priority=10)
def check_banned(e):
    if e.data.get("user") == "mallory":
        print("  banned user, cancelling")
        e.cancel()
@child.on("login")
def greet(e):
    print("  welcome,", e.data["user"])
@child.on("login", once=True)
def first_login_bonus(e):
    print("  first login bonus for", e.data["user"])
@root.on("login", priority=-5)
def root_login(e):
    print("  root saw login of", e.data["user"])
@child.on("logout")
def bye(e):
    print("  goodbye,", e.data["user"])
for name, user in [("login", "alice"), ("login", "bob"), ("login", "mallory"), ("logout", "alice"), ("noop", None)]:
    print(f"emit {name} {user}")
    ev = child.emit(Event(name, user=user))
    print("  handled by", ev.handled_by, "cancelled" if ev.cancelled else "")
print(log)
print({k: [h[2].__name__ for h in v] for k, v in child.handlers.items()})
