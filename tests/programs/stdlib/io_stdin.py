# sys.stdin as an _io.TextIOWrapper: sized reads, readline limits, input(), iteration.
import sys

print(type(sys.stdin).__name__, sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable())
print(repr(sys.stdin.read(3)), repr(sys.stdin.readline()), repr(sys.stdin.readline(4)), repr(sys.stdin.readline()))
print(repr(input()))
print([line for line in sys.stdin])
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
