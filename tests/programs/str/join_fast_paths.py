S = [str(i) for i in range(20)]
print(','.join(S), ''.join(S), ', '.join(('a', 'b')), '-'.join([]), '-'.join(['x']), 'ab'.join('xyz'))
print('|'.join(x for x in 'abc'), '+'.join({'k': 1, 'j': 2}), ''.join(['\U0001f600', 'é', '']))
class MyStr(str): pass
print('.'.join([MyStr('a'), 'b', MyStr('c')]), type('.'.join([MyStr('a')])).__name__)
hi, lo = '\ud83d', '\ude00'
print(len(''.join([hi, lo])), len('x'.join([hi, lo])), len(''.join(['a' + hi, lo + 'b'])), len(hi.join(['a', lo])))
for args in [[1, 'a'], ['a', 2], ['a', None], ['a', b'b'], [3.5]]:
    try:
        print(','.join(args))
    except TypeError as e:
        print('TypeError', e)
for bad in [5, None]:
    try:
        print(','.join(bad))
    except TypeError as e:
        print('TypeError', e)
try:
    ','.join()
except TypeError as e:
    print('TypeError', e)
print(('abc' * 1000).count('b'), 'aaaa'.count('a', 1, 3), 'a\U0001f600a'.count('a'), 'a\U0001f600a'.count('\U0001f600'), ''.count(''), 'abc'.count('', 1))
