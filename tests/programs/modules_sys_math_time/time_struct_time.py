# time.struct_time: construction, fields, tm_zone/tm_gmtoff, tuple behaviour, errors; gmtime at edges.
import time
st = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0))
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
print(len(st), st[0], st[-1], st[2:5], tuple(st), st == (2024, 2, 29, 13, 45, 30, 3, 60, 0), hash(st) == hash(tuple(st)))
st2 = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0, 'CET', 3600))
print(st2, st2.tm_zone, st2.tm_gmtoff, len(st2), st2 == st)
st3 = time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9], {'tm_zone': 'XYZ', 'tm_gmtoff': -60})
print(st3.tm_zone, st3.tm_gmtoff, st3.__reduce__())
print(type(st).__name__, type(st).__module__, type(st).n_fields, type(st).n_sequence_fields, type(st).n_unnamed_fields, type(st).__match_args__[:3])
for bad in [(1, 2), (1,) * 12, 5, 'abcdefghi' * 0 + 'x']:
    try:
        print(time.struct_time(bad))
    except TypeError as e:
        print('TypeError', e)
try:
    st.tm_year = 5
except AttributeError as e:
    print('AttributeError', e)
g = time.gmtime(0)
print(g, g.tm_zone, g.tm_gmtoff)
for t in [0, 1, -1, 86399, 86400, 951782400, 1e9, 1709210730.75, -1.5, 2 ** 31, -2 ** 31, 253402300799, -62135596800, 4102444800, 32503680000]:
    g = time.gmtime(t)
    print(t, tuple(g), g.tm_wday, g.tm_yday)
for bad in [float('nan'), float('inf'), 1e20, -1e20, 2 ** 63, 'x', [1]]:
    try:
        print(time.gmtime(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(time.gmtime(None).tm_year >= 2024, time.gmtime().tm_year >= 2024, type(time.gmtime()).__name__)
a, b, c, *rest = time.gmtime(86400 * 365)
print(a, b, c, rest)
match time.gmtime(0):
    case time.struct_time(tm_year=1970, tm_mon=mon):
        print('epoch month', mon)
