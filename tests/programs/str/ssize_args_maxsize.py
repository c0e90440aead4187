# Py_ssize_t arguments up to sys.maxsize (counts, bounds) are accepted as CPython's are; a string too large
# for the host is a MemoryError.
import sys
for f in [lambda: 'a b c'.split(None, sys.maxsize), lambda: b'a b c'.split(None, sys.maxsize), lambda: 'abc'.replace('a', 'b', sys.maxsize),
          lambda: b'abc'.replace(b'a', b'b', sys.maxsize), lambda: 'a b'.rsplit(' ', sys.maxsize+1), lambda: 'abc'.find('b', 0, sys.maxsize*2),
          lambda: 'abc'.count('b', -sys.maxsize*3), lambda: 'abc'.expandtabs(sys.maxsize+1), lambda: 'x'.center(sys.maxsize+1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: 'a|b|c|d'.split('|', sys.maxsize-2), lambda: 'a|b'.rsplit('|', sys.maxsize), lambda: b'a|b'.rsplit(b'|', sys.maxsize), lambda: b'a|b'.split(b'|', -sys.maxsize-1),
          lambda: 'x'.center(sys.maxsize), lambda: 'abc'.startswith('b', 1, sys.maxsize), lambda: b'abc'.find(b'c', -sys.maxsize), lambda: bytearray(b'abc').pop(sys.maxsize),
          lambda: 'ab'.splitlines(sys.maxsize), lambda: b'x' * sys.maxsize, lambda: 'x' * (sys.maxsize + 1), lambda: b'abc'[sys.maxsize:], lambda: b'abc'.index(b'b', 0, sys.maxsize)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
