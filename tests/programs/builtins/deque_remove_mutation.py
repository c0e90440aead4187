# deque.remove compares each item and fails with IndexError when the comparison mutated the deque
# (deque_remove); index and count fail with RuntimeError.
from collections import deque
class MutateCmp:
    def __init__(self, deque, result):
        self.deque = deque
        self.result = result
    def __eq__(self, other):
        self.deque.clear()
        return self.result
for match in (True, False):
    d = deque(['ab'])
    d.extend([MutateCmp(d, match), 'c'])
    try:
        d.remove('c')
    except IndexError as e:
        print('IndexError', e, d)
for meth in ('index', 'count'):
    d = deque(['ab'])
    d.extend([MutateCmp(d, True), 'c'])
    try:
        getattr(d, meth)('c')
    except RuntimeError as e:
        print(meth, 'RuntimeError', e)
d = deque('abcb'); d.remove('b'); print(d)
try: d.remove('z')
except ValueError as e: print(e)
