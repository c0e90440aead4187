# doctest: examples in docstrings run by DocTestRunner; passing, failing and raising examples, ELLIPSIS,
# NORMALIZE_WHITESPACE, the summary; doctest finds the tests through inspect and the source lines.
import doctest
import sys

def square(x):
    """Square a number.

    >>> square(3)
    9
    >>> [square(i) for i in range(5)]
    [0, 1, 4, 9, 16]
    >>> square('a')
    Traceback (most recent call last):
      ...
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> square(2)   # wrong on purpose
    5
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('a   b')  # doctest: +NORMALIZE_WHITESPACE
    a b
    """
    return x * x

class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> s.pop(), s.pop()
    Traceback (most recent call last):
    IndexError: pop from empty list
    """
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()

finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for obj in (square, Stack):
    for t in finder.find(obj, obj.__name__, globs={'Stack': Stack, 'square': square}):
        print(t.name, len(t.examples), [e.lineno for e in t.examples])
        t.filename = "doctest_basic.py"
        runner.run(t, out=sys.stdout.write)
print(runner.summarize(verbose=False))
parser = doctest.DocTestParser()
print([type(p).__name__ for p in parser.parse('text\n>>> 1 + 1\n2\nmore\n')])
