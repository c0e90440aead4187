# Coroutines that are never awaited: CPython warns when the last reference goes (at that line,
# once per line) and, for those still referenced at exit, as "sys:1".
async def fetch(n):
    return n * 2

async def other():
    return None

def fire_and_forget():
    fetch(1)
    print("fire_and_forget returns")

fire_and_forget()
for i in range(3):
    fetch(i)
print("loop done")

pending = fetch(10)
pending = None
print("rebound")

closed = fetch(5)
closed.close()
print("closed explicitly: no warning")

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print("awaited by hand:", run(fetch(21)))

kept = fetch(99)
kept_too = fetch(100)
third = other()
print("end")
