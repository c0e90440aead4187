# Exceptions propagate through await chains; throw() into coroutines.
class Wait:
    def __await__(self):
        return (yield "waiting")
async def inner(fail):
    await Wait()
    if fail:
        raise ValueError("inner failed")
    return "inner ok"
async def middle(fail):
    try:
        return await inner(fail)
    except ValueError as e:
        return f"middle handled: {e}"
    finally:
        print("middle finally")
async def outer():
    a = await middle(False)
    b = await middle(True)
    try:
        await inner(True)
    except ValueError as e:
        c = f"outer caught {e}"
    return a, b, c
def drive(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
print(drive(outer()))
async def catches_thrown():
    try:
        await Wait()
    except KeyError as e:
        print("coroutine caught thrown", e)
        return "recovered"
c = catches_thrown()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)
async def no_catch():
    await Wait()
c = no_catch()
c.send(None)
try:
    c.throw(IndexError("unhandled"))
except IndexError as e:
    print("propagated", e)
