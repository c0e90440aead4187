# BytesIO.getbuffer(): a writable view of the BytesIO's own bytes, which locks its size while exported.
import io

b = io.BytesIO(b'hello')
v = b.getbuffer()
v[0] = ord('J')
print(b.getvalue(), bytes(v), v.readonly, type(v.obj).__name__, v.format, v.nbytes)
for name, op in [('write', lambda: b.write(b'x')), ('writelines', lambda: b.writelines([b'x'])),
                 ('truncate', lambda: b.truncate(0)), ('close', lambda: b.close()),
                 ('setstate', lambda: b.__setstate__((b'abc', 0, None)))]:
    try:
        op()
        print(name, 'ok')
    except BufferError as e:
        print(name, type(e).__name__, e)
print(b.seek(2), b.read(), b.getvalue())
v.release()
print(b.write(b'!'), b.getvalue())

with b.getbuffer() as m:
    m[-1] = ord('?')
print(b.getvalue())
b.truncate(2)
print(b.getvalue(), len(b.getbuffer()))
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print(type(e).__name__, e)
