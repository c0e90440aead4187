# The async generator protocol driven by hand: asend/athrow/aclose awaitables and their states.
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, type(e).__name__, e)

async def agen():
    try:
        received = yield "first"
        print("received", received)
        yield "second"
        yield "third"
    except KeyError as e:
        print("agen caught", repr(e))
        yield "after KeyError"
    finally:
        print("agen finally")

ag = agen()
print(type(ag).__name__, ag.__name__, ag.__qualname__, ag.ag_running, ag.ag_await, ag.ag_frame is not None)
print(type(ag.__anext__()).__name__, type(ag.asend(None)).__name__, type(ag.athrow(ValueError)).__name__, type(ag.aclose()).__name__)
print(ag.__aiter__() is ag)
attempt("anext:", lambda: run(ag.__anext__()))
attempt("asend:", lambda: run(ag.asend("hello")))
attempt("athrow:", lambda: run(ag.athrow(KeyError("k"))))
attempt("aclose:", lambda: run(ag.aclose()))
attempt("anext after aclose:", lambda: run(ag.__anext__()))
attempt("athrow after aclose:", lambda: run(ag.athrow(ValueError)))
print("frame after close:", ag.ag_frame)

ag2 = agen()
aw = ag2.__anext__()
attempt("first send:", lambda: aw.send(None))
attempt("reuse awaitable:", lambda: aw.send(None))
aw2 = ag2.asend("x")
attempt("asend send:", lambda: aw2.send(None))
aw2.close()
attempt("closed awaitable:", lambda: aw2.send(None))
attempt("athrow escapes:", lambda: run(ag2.athrow(ValueError("not caught"))))
attempt("after escape:", lambda: run(ag2.__anext__()))

async def stubborn():
    try:
        yield 1
    finally:
        yield 2
st = stubborn()
attempt("stubborn first:", lambda: run(st.__anext__()))
attempt("stubborn aclose:", lambda: run(st.aclose()))

async def returns_early():
    if True:
        return
    yield
attempt("empty anext:", lambda: run(returns_early().__anext__()))
fresh = agen()
attempt("aclose unstarted:", lambda: run(fresh.aclose()))
attempt("anext on closed unstarted:", lambda: run(fresh.__anext__()))
fresh2 = agen()
attempt("athrow unstarted:", lambda: run(fresh2.athrow(RuntimeError("early"))))

async def raises_stop():
    yield 1
    raise StopAsyncIteration
rs = raises_stop()
run(rs.__anext__())
attempt("StopAsyncIteration inside:", lambda: run(rs.__anext__()))

async def raises_stopiteration():
    yield 1
    raise StopIteration("x")
ri = raises_stopiteration()
run(ri.__anext__())
attempt("StopIteration inside:", lambda: run(ri.__anext__()))
attempt("asend non-None to unstarted:", lambda: agen().asend(5).send(None))
attempt("athrow non-None send:", lambda: agen().athrow(ValueError).send(5))
attempt("await an async generator:", lambda: run((lambda: (yield))() if False else agen().__await__()))
