# async def functions driven manually with send(None).
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return got
async def add(a, b):
    x = await Suspend(f"adding {a}+{b}")
    return a + b + (x or 0)
async def main():
    r1 = await add(1, 2)
    print("r1", r1)
    r2 = await add(r1, 10)
    print("r2", r2)
    return r2 * 2
c = main()
print(type(c).__name__)
print(c.send(None))
print(c.send(100))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
async def immediate():
    return "no suspension"
c2 = immediate()
try:
    c2.send(None)
except StopIteration as e:
    print(e.value)
print(c.cr_frame, main.__code__.co_flags & 0x80 != 0)
c3 = immediate()
c3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c4 = immediate()
try:
    c4.send(None)
except StopIteration:
    pass
try:
    c4.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
