# operator on the native _operator: functions, itemgetter/attrgetter/methodcaller, reprs and argument errors.
import operator as o
def t(s):
    try: r = eval(s)
    except Exception as e: print(s, '->', type(e).__name__, e)
    else: print(s, '=>', repr(r))
for s in ['o.itemgetter(1)', 'o.itemgetter(1, "a")', 'o.itemgetter()', 'o.itemgetter(1)([5,6])', 'o.itemgetter(0,1)("ab")', 'o.itemgetter(1)()', 'o.itemgetter(1)([1], 2)', 'o.itemgetter(1)(x=1)', 'o.attrgetter("a.b")', 'o.attrgetter(1)', 'o.attrgetter()', 'o.attrgetter("real", "imag")(3)', 'o.attrgetter("real.real")(3)', 'o.methodcaller("split", ",", maxsplit=1)', 'o.methodcaller("split", ",")("a,b")', 'o.methodcaller()', 'o.methodcaller(1)', 'o.add(1)', 'o.add(1,2,3)', 'o.add(a=1,b=2)', 'o.not_(0)', 'o.truth([])', 'o.index(1.5)', 'o.length_hint([1,2])', 'o.length_hint(iter([]), 5)', 'o.length_hint(1, "a")', 'o.countOf([1,1,2], 1)', 'o.indexOf([1,2], 3)', 'o.concat([1], (2,))', 'o.concat(1, 2)', 'o.itemgetter(1).__reduce__()', 'o.attrgetter("a","b").__reduce__()', 'o._compare_digest(b"a", b"a")', 'o.call(len, [1])', 'o.pow(2, 10)', 'o.ipow(2,3)', 'o.is_(None, None)', 'o.abs(-3)', 'o.inv(5)', 'o.ilshift(1, 3)', 'o.iconcat([1], [2])', 'o.iconcat(1, [2])', 'o.getitem([1],0)', 'o.itemgetter.__module__', 'type(o.itemgetter(1)).__name__', 'o.contains([1], 1)', 'o.setitem({}, 1, 2)', 'o.delitem([1], 0)', 'o.eq(1, 1.0)', 'o.lt(1, "a")', 'o.matmul(1,2)', 'o.neg("a")', 'o.abs("a")', 'sorted([(1,"b"),(0,"z"),(1,"a")], key=o.itemgetter(1))', 'o.add.__name__', 'o.length_hint(iter(range(7)))']:
    t(s)
