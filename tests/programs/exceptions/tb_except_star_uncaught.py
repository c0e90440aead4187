# What except* lets escape, printed as an uncaught group: new exceptions raised in handlers are
# grouped with the unhandled rest of the original group.
def load(name):
    if name.endswith(".bad"):
        raise ValueError(f"cannot parse {name}")
    if name.startswith("/"):
        raise PermissionError(13, "Permission denied", name)
    return name

def load_all(names):
    errors = []
    for n in names:
        try:
            load(n)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("loading failed", errors)

try:
    load_all(["a.txt", "b.bad", "/etc/shadow", "c.bad"])
except* PermissionError as g:
    print("permission problems:", [e.filename for e in g.exceptions])
except* ValueError as g:
    for e in g.exceptions:
        e.add_note("parse errors are fatal")
    raise RuntimeError("giving up") from g
