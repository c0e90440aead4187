# The trace module (line counting) and sys.setprofile events.
import sys
import trace

def work(n):
    s = 0
    for i in range(n):
        if i % 2:
            s += i
        else:
            s -= 1
    return s

t = trace.Trace(count=1, trace=0)
t.runfunc(work, 5)
counts = t.results().counts
first = work.__code__.co_firstlineno
print(sorted((line - first, c) for (fn, line), c in counts.items() if fn == __file__))

events = []
def prof(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name))
sys.setprofile(prof)
work(2)
[x for x in range(2)]
sys.setprofile(None)
print(events)
print(sys.getprofile())

# A tracer that raises is removed, and its exception reaches the traced code.
def bad(frame, event, arg):
    if event == 'line':
        raise RuntimeError('from tracer')
    return bad
def victim():
    x = 1
    return x
sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print('caught', e, sys.gettrace())

# f_trace set on the running frame, then settrace: line events start at once (as pdb.set_trace does).
seen = []
def local(frame, event, arg):
    seen.append((event, frame.f_lineno - first))
    return local
def glob(frame, event, arg):
    return None
def starter():
    f = sys._getframe()
    f.f_trace = local
    sys.settrace(glob)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b
starter()
print(seen)
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
try:
    f.f_trace_lines = 1
except TypeError as e:
    print(e)
