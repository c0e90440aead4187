# A memoryview released by the Python code its index or value conversion runs: CPython checks again (gh-92888).
size = 128
def release():
    m.release()
    global ba
    ba = bytearray(size)
class MyIndex:
    def __index__(self):
        release()
        return 4
class MyFloat:
    def __float__(self):
        release()
        return 4.25
class MyBool:
    def __bool__(self):
        release()
        return True
def t(label, f):
    global m
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
m = memoryview(bytearray(b'\xff'*size)); t('idx', lambda: m[MyIndex()])
m = memoryview(bytearray(b'\xff'*size)); t('slice1', lambda: list(m[:MyIndex()]))
m = memoryview(bytearray(b'\xff'*size)); t('slice2', lambda: list(m[MyIndex():8]))
m = memoryview(bytearray(b'\xff'*size)).cast('B', (64, 2)); t('tuple', lambda: m[MyIndex(), 0])
m = memoryview(bytearray(b'\xff'*size)).cast('B', (64, 2)); t('tuple2', lambda: m[0, MyIndex()])
m = memoryview(bytearray(b'\xff'*size)); t('set', lambda: m.__setitem__(MyIndex(), 0))
m = memoryview(bytearray(b'\xff'*size)); t('setslice', lambda: m.__setitem__(slice(MyIndex(), 8), b'\0'*4))
for fmt, obj in (('B', MyIndex()), ('b', MyIndex()), ('f', MyFloat()), ('d', MyFloat()), ('?', MyBool())):
    m = memoryview(bytearray(b'\xff'*size)).cast(fmt)
    t('set ' + fmt, lambda: m.__setitem__(0, obj))
