# anext() takes what __anext__ returns as await does (_PyCoro_GetAwaitableIter): generator-based coroutines too.
import types, asyncio
class MyAsyncIterWithTypesCoro:
    def __init__(self):
        self.yielded = 0
    def __aiter__(self):
        return self
    @types.coroutine
    def __anext__(self):
        if False:
            yield "this is a generator-based coroutine"
        if self.yielded >= 2:
            raise StopAsyncIteration()
        else:
            self.yielded += 1
            return self.yielded
async def consume():
    it = MyAsyncIterWithTypesCoro()
    r = [await anext(it), await anext(it), await anext(it, 'buckle my shoe')]
    try:
        await anext(it)
    except StopAsyncIteration:
        r.append('stop')
    return r
print(asyncio.run(consume()))
class Bad:
    def __aiter__(self): return self
    def __anext__(self): return self
    def __await__(self): return 1
class Bad2:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def bad(cls):
    try:
        await anext(cls(), 'd')
    except TypeError as e:
        return str(e)
print(asyncio.run(bad(Bad)), '|', asyncio.run(bad(Bad2)))
