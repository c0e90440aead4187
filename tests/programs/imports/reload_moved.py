# importlib.reload of a module that became a package: the module attributes follow the new location.
import sys, os, tempfile, importlib
tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)
with open(os.path.join(tmp, 'moving.py'), 'w') as f:
    f.write('WHERE = "file"\n')
import moving
print(moving.WHERE, moving.__file__.replace(tmp, '<tmp>'), hasattr(moving, '__path__'))
os.remove(os.path.join(tmp, 'moving.py'))
os.mkdir(os.path.join(tmp, 'moving'))
with open(os.path.join(tmp, 'moving', '__init__.py'), 'w') as f:
    f.write('WHERE = "package"\n')
importlib.invalidate_caches()
importlib.reload(moving)
print(moving.WHERE, moving.__file__.replace(tmp, '<tmp>'), [p.replace(tmp, '<tmp>') for p in moving.__path__],
      moving.__spec__.name, moving.__package__, moving.__loader__.path.replace(tmp, '<tmp>'))
