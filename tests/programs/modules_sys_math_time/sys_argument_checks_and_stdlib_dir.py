import sys, os, io
for f, a in [(sys._getframe, (42, 42)), (sys.exit, (42, 42)), (sys.getdlopenflags, (1,)), (sys.setdlopenflags, ()), (sys.setdlopenflags, ('x',))]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
print(sys._stdlib_dir == os.path.dirname(os.__file__))
old = sys.getdlopenflags()
sys.setdlopenflags(5)
print(sys.getdlopenflags())
sys.setdlopenflags(old)
saved = sys.stderr
sys.stderr = io.StringIO()
sys.excepthook(1, '1', 1)
v = sys.stderr.getvalue()
sys.stderr = saved
print(repr(v))
