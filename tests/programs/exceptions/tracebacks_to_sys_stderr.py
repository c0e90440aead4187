# Tracebacks printed by sys.excepthook / sys.__excepthook__ and for uncaught exceptions go to sys.stderr as it
# is at that moment (a StringIO, any object with write()), and nowhere when it is None.
import contextlib, io, sys

buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    try:
        valeu
    except NameError:
        sys.__excepthook__(*sys.exc_info())
    sys.excepthook(ValueError, ValueError('x'), None)
print(repr(buf.getvalue()))

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

c = Collect()
sys.stderr = c
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
sys.stderr = sys.__stderr__
print(''.join(c.parts).splitlines()[-1])

sys.stderr = None
raise KeyError('not shown')
