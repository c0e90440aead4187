import sys
def bad(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'victim':
        raise RuntimeError('from tracer')
    return bad
def victim():
    x = 1
    return x
sys.settrace(bad)
victim()
