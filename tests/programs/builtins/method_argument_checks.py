# Builtin methods refuse the arguments CPython refuses: a no-argument method called with one, keywords
# to a method that takes positional arguments only (not read as positional values), in each calling form.
import collections, io, itertools

def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, 'ok', repr(r)[:40])
    except TypeError as e:
        print(label, 'TypeError:', e)

d = {1: 2}
lst = [3, 1, 2]
attempt('dict.clear(1)', d.clear, 1)
attempt('dict.keys(x=1)', d.keys, x=1)
attempt('dict.copy(None)', d.copy, None)
attempt('dict.get(1, default=0)', d.get, 1, default=0)
attempt('dict.setdefault(k=1)', d.setdefault, k=1)
attempt('dict.popitem(42)', d.popitem, 42)
attempt('list.append(x=1)', lst.append, x=1)
attempt('list.copy(1)', lst.copy, 1)
attempt('list.index(3, start=0)', lst.index, 3, start=0)
attempt('list.insert(0, x=1)', lst.insert, 0, x=1)
attempt('str.lower(1)', 'Ab'.lower, 1)
attempt('str.join(iterable=[])', ','.join, iterable=[])
attempt('str.startswith(prefix="a")', 'ab'.startswith, prefix='a')
attempt('str.split(sep=",")', 'a,b'.split, sep=',')
attempt('int.bit_length(1)', (5).bit_length, 1)
attempt('float.is_integer(x=1)', (1.5).is_integer, x=1)
attempt('set.add(elem=1)', set().add, elem=1)
attempt('set.copy(1)', {1}.copy, 1)
attempt('tuple.count(value=1)', (1,).count, value=1)
attempt('bytes.hex(sep=":")', b'ab'.hex, sep=':')
attempt('bytes.upper(1)', b'ab'.upper, 1)
attempt('bytearray.clear(1)', bytearray(b'a').clear, 1)
attempt('deque.popleft(1)', collections.deque([1]).popleft, 1)
attempt('deque.append(x=1)', collections.deque().append, x=1)
attempt('StringIO.getvalue(1)', io.StringIO('x').getvalue, 1)
attempt('BytesIO.write(b=b"")', io.BytesIO().write, b=b'')
attempt('int.__add__(other=1)', (1).__add__, other=1)
attempt('int.__neg__(1)', (1).__neg__, 1)
attempt('iter.__length_hint__(1)', iter([1]).__length_hint__, 1)
# The unbound forms, and a method of a subclass.
attempt('dict.clear(d, 1)', dict.clear, d, 1)
attempt('list.append(lst, x=1)', list.append, lst, x=1)
class D(dict):
    pass
attempt('D().keys(1)', D().keys, 1)
try:
    D().items(1)
except TypeError as e:
    print('method call:', e)
try:
    lst.reverse(True)
except TypeError as e:
    print('method call:', e)
try:
    lst.sort(key=None, reverse=False)
    print(lst)
except TypeError as e:
    print('method call:', e)
print(d, lst)
