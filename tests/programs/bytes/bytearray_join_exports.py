# bytearray.join holds its separator exported while the iterable runs (gh-112625): resizing it then is a BufferError.
array = bytearray(b',')
def iterator():
    array.clear()
    yield b'A'
    yield b'B'
try:
    print(array.join(iterator()))
except BufferError as e:
    print('BufferError', e)
print(array, bytearray(b',').join(iter([b'A', b'B'])))
class S(bytearray): pass
s = S(b'-')
def it2():
    s.extend(b'x')
    yield b'q'
try: print(s.join(it2()))
except BufferError as e: print('BufferError', e)
