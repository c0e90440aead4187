# Audit hooks (PEP 578): sys.addaudithook and sys.audit, and the events natives raise before acting (open,
# compile/exec, import, marshal, pickle.find_class, object.__setattr__ of a type's special attributes and of
# __class__, sys._getframe, gc, file operations): a hook that raises stops the operation.
import gc
import marshal
import os
import pickle
import sys
import tempfile
import types

try:
    sys.audit(1)  # no hook yet: nothing is checked
except TypeError as e:
    print('TypeError', e)



class A:
    pass


class B:
    pass


class C(A):
    pass


WATCH = {'open', 'compile', 'exec', 'import', 'marshal.dumps', 'marshal.loads', 'marshal.load', 'pickle.find_class',
         'object.__setattr__', 'sys._getframe', 'gc.get_referents', 'os.mkdir', 'os.rmdir', 'os.remove', 'os.rename',
         'os.listdir', 'my.event', 'sys.addaudithook', 'builtins.input'}
seen = []
block = set()


def show(v):
    if isinstance(v, types.CodeType):
        return f'<code {v.co_name}>'
    if isinstance(v, (list, dict, types.FrameType, A, B)) or callable(v):
        return type(v).__name__
    if isinstance(v, str) and v.startswith(TMP):
        return '$TMP' + v[len(TMP):]
    return repr(v)


def hook(event, args):
    if event in WATCH and recording and (not importing or event in ('import', 'exec')):
        seen.append(f'{event}: ' + ', '.join(show(a) for a in args))
    if event in block:
        raise RuntimeError('blocked ' + event)


TMP = tempfile.mkdtemp()
recording = True
importing = False  # CPython's path finder also lists, opens and compiles: only the import and its exec are kept
sys.addaudithook(hook)
try:
    sys.audit(1)
except TypeError as e:
    print('TypeError', e)
sys.audit('my.event', 1, 'two')
print(eval('1 + 1'), end=' ')
exec(b'x = 3')
compile('pass', 'name.py', 'exec')
path = os.path.join(TMP, 'f.bin')
with open(path, 'wb') as f:
    marshal.dump((1, 'a'), f)
with open(path, 'rb') as f:
    print(marshal.load(f), end=' ')
print(marshal.loads(marshal.dumps(2)))
os.rename(path, path + '2')
os.remove(path + '2')
os.mkdir(os.path.join(TMP, 'd'))
print(os.listdir(TMP))
os.rmdir(os.path.join(TMP, 'd'))
print(pickle.loads(pickle.dumps(os.getcwd)) is os.getcwd)


C.__name__ = 'X'
C.__bases__ = (B,)
C.plain = 1
a = A()
a.__class__ = B
sys._getframe()
gc.get_referents(C)
with open(os.path.join(TMP, 'mod_audited.py'), 'w') as f:
    f.write('VALUE = 42\n')
sys.path.insert(0, TMP)
importing = True
import mod_audited  # noqa: E402
importing = False
print(mod_audited.VALUE)
recording = False
print('\n'.join(seen))

# A hook that raises stops the operation; an Exception from the "sys.addaudithook" event keeps the new hook out.
block.update({'open', 'pickle.find_class', 'os.mkdir', 'sys.addaudithook'})
for op in (lambda: open(os.path.join(TMP, 'g'), 'w'), lambda: os.open(TMP, os.O_RDONLY),
           lambda: pickle.loads(pickle.dumps(os.getcwd)), lambda: os.mkdir(os.path.join(TMP, 'e'))):
    try:
        op()
    except RuntimeError as e:
        print(e)
print(sys.addaudithook(lambda *a: print('never')), os.path.exists(os.path.join(TMP, 'g')), os.listdir(TMP))
block.clear()
os.remove(os.path.join(TMP, 'mod_audited.py'))
if os.path.isdir(os.path.join(TMP, '__pycache__')):
    for n in os.listdir(os.path.join(TMP, '__pycache__')):
        os.remove(os.path.join(TMP, '__pycache__', n))
    os.rmdir(os.path.join(TMP, '__pycache__'))
os.rmdir(TMP)
