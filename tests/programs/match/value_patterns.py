# Value patterns use dotted names, compared with ==.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Http:
    class Status:
        OK = 200
        NOT_FOUND = 404
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE:
            return "calm"
        case other:
            return f"unknown {other}"
print([paint(c) for c in ("red", "green", "blue", "pink")])
def status(code):
    match code:
        case Http.Status.OK:
            return "fine"
        case Http.Status.NOT_FOUND:
            return "missing"
    return "unhandled"
print(status(200), status(404), status(500), status(200.0))
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called with", other)
        return other == "magic"
import sys
class Holder:
    value = Eq()
match "magic":
    case Holder.value:
        print("matched via custom __eq__")
match "plain":
    case Holder.value:
        print("no")
    case _:
        print("custom __eq__ said no")
match sys.maxsize:
    case sys.maxsize:
        print("module attribute as value pattern")
