import sys
class Fake:
    def __init__(self, lines): self.lines = lines
    def readline(self):
        return self.lines.pop(0) + '\n' if self.lines else ''
sys.stdin = Fake(['hello', 'world'])
print(repr(input('p> ')))
print(repr(input()))
try:
    input()
except EOFError as e:
    print('EOF', repr(e))
import io, contextlib
sys.stdin = io.StringIO('from stringio\n')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    got = input('prompt: ')
print(repr(got), repr(buf.getvalue()))
sys.stdout = None
try:
    input()
except RuntimeError as e:
    sys.stdout = sys.__stdout__
    print(e)
