# bytearray as a growable buffer: building a binary message and parsing it back.
def write_varint(buf, n):
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            buf.append(byte | 0x80)
        else:
            buf.append(byte)
            return
def read_varint(data, pos):
    shift = result = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7
def encode(fields):
    buf = bytearray()
    for key, value in fields:
        kb = key.encode()
        write_varint(buf, len(kb))
        buf += kb
        if isinstance(value, int):
            buf.append(0)
            write_varint(buf, value)
        else:
            vb = value.encode("utf-8")
            buf.append(1)
            write_varint(buf, len(vb))
            buf.extend(vb)
    return bytes(buf)
def decode(data):
    pos, out = 0, []
    while pos < len(data):
        n, pos = read_varint(data, pos)
        key = data[pos:pos + n].decode()
        pos += n
        kind = data[pos]
        pos += 1
        if kind == 0:
            value, pos = read_varint(data, pos)
        else:
            n, pos = read_varint(data, pos)
            value = data[pos:pos + n].decode("utf-8")
            pos += n
        out.append((key, value))
    return out
fields = [("id", 300), ("name", "Zoë"), ("big", 2 ** 40 + 5), ("empty", ""), ("zero", 0), ("emoji", "😀")]
msg = encode(fields)
print(len(msg), msg.hex())
print(decode(msg))
print(decode(msg) == fields)
buf = bytearray()
for n in [0, 1, 127, 128, 300, 16384]:
    start = len(buf)
    write_varint(buf, n)
    print(n, buf[start:].hex())
