# frame.f_lineno = n from a 'line' trace event: jumps forward and backward, and the jumps refused.
import sys

def tracer_for(func, jumps):
    first = func.__code__.co_firstlineno
    todo = dict(jumps)
    def tracer(frame, event, arg):
        if frame.f_code is not func.__code__:
            return None
        if event == 'line':
            rel = frame.f_lineno - first
            if rel in todo:
                target = todo.pop(rel)
                try:
                    frame.f_lineno = first + target
                    print('jumped', rel, '->', target)
                except ValueError as e:
                    print('refused', rel, '->', target, ':', e)
        return tracer
    return tracer

def run(func, jumps):
    out = []
    sys.settrace(tracer_for(func, jumps))
    try:
        func(out)
    finally:
        sys.settrace(None)
    print(func.__name__, out)

def skip_forward(out):
    out.append(1)
    out.append(2)
    out.append(3)

def repeat_backward(out):
    out.append(1)
    out.append(2)

def into_loop(out):
    out.append(1)
    for i in range(2):
        out.append(i)
    out.append(9)

def out_of_loop(out):
    for i in range(5):
        out.append(i)
        out.append('x')
    out.append('end')

def into_except(out):
    try:
        out.append(1)
    except ValueError:
        out.append(2)
    out.append(3)

def out_of_finally(out):
    try:
        out.append(1)
    finally:
        out.append(2)
    out.append(3)

run(skip_forward, {1: 3})
run(repeat_backward, {2: 1})
run(into_loop, {1: 3})
run(out_of_loop, {3: 4})
run(into_except, {2: 4})
run(out_of_finally, {4: 6})
run(skip_forward, {1: 0})
run(skip_forward, {1: 100})

def not_from_call(frame, event, arg):
    try:
        frame.f_lineno = frame.f_lineno + 1
    except ValueError as e:
        print(event, e)
    sys.settrace(None)
sys.settrace(not_from_call)
skip_forward([])
try:
    sys._getframe().f_lineno = 1
except ValueError as e:
    print(e)
