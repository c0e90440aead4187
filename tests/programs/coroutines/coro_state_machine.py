# Coroutine-based protocol parser fed byte by byte through a hand-written awaitable.
class Feed:
    def __init__(self):
        self.buffer = []
    def __await__(self):
        while not self.buffer:
            yield "need-data"
        return self.buffer.pop(0)
async def read_line(feed):
    chars = []
    while True:
        ch = await feed
        if ch == "\n":
            return "".join(chars)
        chars.append(ch)
async def protocol(feed):
    messages = []
    while True:
        header = await read_line(feed)
        if header == "END":
            return messages
        kind, _, length = header.partition(" ")
        body = "".join([await feed for _ in range(int(length))])
        await feed
        messages.append((kind, body))
feed = Feed()
proto = protocol(feed)
stream = "MSG 5\nhello\nPING 0\n\nMSG 11\nhello world\nEND\n"
print(proto.send(None))
result = None
for ch in stream:
    feed.buffer.append(ch)
    try:
        state = proto.send(None)
    except StopIteration as e:
        result = e.value
        break
print(result)
