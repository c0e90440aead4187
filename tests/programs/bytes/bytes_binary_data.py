# Working with binary data by hand: packing integers, checksums, hex dumps.
def pack_u32_le(n):
    return bytes((n >> (8 * i)) & 0xFF for i in range(4))
def unpack_u32_le(b):
    return sum(b[i] << (8 * i) for i in range(4))
for n in [0, 1, 255, 256, 0xDEADBEEF, 2 ** 32 - 1]:
    p = pack_u32_le(n)
    print(n, p, p.hex(), unpack_u32_le(p) == n, int.from_bytes(p, "little") == n)
def checksum(data):
    s = 0
    for byte in data:
        s = (s + byte) & 0xFFFF
    return s
def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
msg = b"The quick brown fox"
print(checksum(msg), crc8(msg), crc8(b""), crc8(b"123456789"))
def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk).ljust(width * 3 - 1)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:04x}  {hexpart}  |{text}|")
hexdump(b"Hello\x00\x01\x02 binary world\xff\xfe!")
def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
enc = xor(msg, b"key")
print(enc, xor(enc, b"key"))
def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
print(rle(b"aaaabbbcccccccccd"), rle(b""))
