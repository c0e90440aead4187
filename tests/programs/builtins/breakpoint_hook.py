# breakpoint() and sys.breakpointhook: PYTHONBREAKPOINT read per call ('0', builtins, dotted paths, unimportable names warn), replaced and lost hooks.
import sys, os
print(breakpoint.__name__, sys.breakpointhook is sys.__breakpointhook__, breakpoint.__module__)
def hook(*a, **k):
    print("hook", a, sorted(k.items()))
    return 42
sys.breakpointhook = hook
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.len'
print(breakpoint([1, 2, 3]))
os.environ['PYTHONBREAKPOINT'] = 'abs'
print(breakpoint(-4))
os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
print(breakpoint('a', 'b'))
import warnings
for envar in ('.', '..', '.foo', 'foo.', '.int', 'int.', '.foo.bar', '..foo.bar', '/./', 'nosuchbuiltin', 'nosuchmodule.nosuchcallable'):
    os.environ['PYTHONBREAKPOINT'] = envar
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = breakpoint()
    print(repr(envar), r, [(str(x.message), x.category.__name__) for x in w])
os.environ['PYTHONBREAKPOINT'] = 'nosuch.thing'
breakpoint()
del sys.breakpointhook
try: breakpoint()
except RuntimeError as e: print("RuntimeError:", e)
