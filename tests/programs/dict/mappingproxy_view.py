# types.MappingProxyType and class __dict__: a read-only, live view of a dict, not itself a dict.
import types
p=types.MappingProxyType({'a':1}); print(p, repr(p), p|{'b':2}, {'c':3}|p, list(reversed(p)), p.get('a'), 'a' in p, len(p), p.copy(), type(p.copy()).__name__, isinstance(p, dict))
try: p['a']=2
except TypeError as e: print(e)
class C: x=1
print(type(C.__dict__).__name__, C.__dict__['x'], sorted(k for k in C.__dict__ if not k.startswith('__')))
