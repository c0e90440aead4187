# asyncio streams and sock_* calls over socket.socketpair() (the in-memory sockets), context
# variables per task, call_soon_threadsafe, asyncio.Runner.
import asyncio, socket, contextvars
var = contextvars.ContextVar("var", default="unset")
async def main():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.write(b"hello\nworld\n")
    await w1.drain()
    print(await r2.readline(), await r2.readexactly(6))
    w2.write(b"x" * 200000)
    data = b""
    async def reader():
        nonlocal data
        while len(data) < 200000:
            data += await r1.read(65536)
    await asyncio.gather(w2.drain(), reader())
    print(len(data))
    w2.close()
    await w2.wait_closed()
    print(await r1.read(), r1.at_eof())
    w1.close()
    await w1.wait_closed()
    loop = asyncio.get_running_loop()
    s1, s2 = socket.socketpair()
    s1.setblocking(False); s2.setblocking(False)
    await loop.sock_sendall(s1, b"raw")
    print(await loop.sock_recv(s2, 10))
    s1.close(); s2.close()
    async def ctx(v):
        var.set(v)
        await asyncio.sleep(0)
        return var.get()
    print(await asyncio.gather(ctx("a"), ctx("b")), var.get())
    loop.call_soon_threadsafe(print, "threadsafe")
    await asyncio.sleep(0)
with asyncio.Runner() as runner:
    runner.run(main())
    print(runner.get_loop().is_closed())
