# gc.collect() finds a never-awaited coroutine that only a dead reference cycle holds and warns about it
# at the collection's line, as CPython's collector finalises the cycle; a live one is left alone.
import gc
import warnings


async def job():
    return 1


class Holder:
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    h = Holder()
    h.coro = job()
    h.me = h
    keep = Holder()
    keep.coro = job()
    del h
    gc.collect()
    print([(str(w.message), w.lineno) for w in caught])
    keep.coro.close()
    del keep
    gc.collect()
print([(str(w.message), w.lineno) for w in caught])
