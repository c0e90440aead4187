# Finalisation at the moment a generator or coroutine is dropped, with modules loaded whose globals hold
# native iterators (threading keeps an itertools.count's __next__; itertools iterators are walkable).
import asyncio
import itertools
import sys
import threading

counter = itertools.count(1)
pending = itertools.cycle([1, 2])


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)


g = gen("a")
next(g)
g = None
print("after a")


def use():
    h = gen("b")
    next(h)
    print("leaving use")


use()
print("after b")


async def work():
    return 1


def start():
    work()
    print("dropped the coroutine")


start()
sys.stdout.flush()
with_stash = [gen("kept")]
next(with_stash[0])
print("kept alive:", with_stash[0].gi_frame is not None)
it = itertools.chain(with_stash)
with_stash = None
print("still held by a chain:", next(it).gi_frame is not None)
print("end")

# A generator another thread holds is not finalised when this one drops it.
ready = threading.Event()
done = []


def worker(g):
    ready.wait()
    done.append(list(g))


g = gen("thread")
next(g)
t = threading.Thread(target=worker, args=(g,))
t.start()
g = None
print("main dropped it")
ready.set()
t.join()
print("worker got", done)
