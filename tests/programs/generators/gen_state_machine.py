# Generators as coroutines implementing a parser state machine.
def parser():
    out = []
    while True:
        ch = yield
        if ch == "<":
            tag = ""
            while (ch := (yield)) != ">":
                tag += ch
            out.append(("tag", tag))
        elif ch == "\0":
            break
        else:
            text = ch
            while True:
                ch = yield
                if ch in ("<", "\0"):
                    out.append(("text", text))
                    break
                text += ch
            if ch == "\0":
                break
            tag = ""
            while (ch := (yield)) != ">":
                tag += ch
            out.append(("tag", tag))
    return out
p = parser()
next(p)
try:
    for c in "<html>hello <b>world</b>!</html>\0":
        p.send(c)
except StopIteration as e:
    for item in e.value:
        print(item)
def traffic_light():
    while True:
        for color, secs in (("green", 3), ("yellow", 1), ("red", 2)):
            for s in range(secs, 0, -1):
                yield color, s
tl = traffic_light()
print([next(tl) for _ in range(8)])
