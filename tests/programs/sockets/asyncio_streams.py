# asyncio start_server/open_connection over real sockets.
import asyncio


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for word in [b'first\n', b'second\n']:
        writer.write(word)
        await writer.drain()
        print(await reader.readline())
    writer.write(b'x' * 50000 + b'\n')
    line = await reader.readexactly(50001)
    print(len(line), line[:3])
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', 1)
    except ConnectionRefusedError as e:
        print('refused', e.errno)
    server.close()
    await server.wait_closed()


asyncio.run(main())
