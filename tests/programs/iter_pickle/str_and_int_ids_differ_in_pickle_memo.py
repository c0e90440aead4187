import pickle, itertools, copy
print(pickle.loads(pickle.dumps(('', 0, 0.0, False, 'a', 'a'))))
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    e = pickle.loads(pickle.dumps(enumerate(''), p))
    print(p, list(e), list(pickle.loads(pickle.dumps(itertools.chain('', 'ab'), p))))
print(id('') != id(0), id('x') == id('x'), id('x') != id('y'), id(0) == id(0))
print(copy.deepcopy(['', 0, '', 0]))
