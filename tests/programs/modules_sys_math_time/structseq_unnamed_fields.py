# Struct sequences: unnamed fields (os.stat_result), constructor checks, errors while iterating propagate
import time, os, copy
t = time.struct_time
for a, kw in [((), {}), ((None,), {}), (("123",), {}), (("123",), {'dict': {}}), (("123456789",), {'dict': None}), (("123456789",), {})]:
    try: print(t(*a, **kw))
    except TypeError as e: print('TypeError', e)
class Exc(Exception): pass
class C:
    def __getitem__(self, i): raise Exc
    def __len__(self): return 9
try: time.struct_time(C())
except Exc: print('Exc')
print(os.stat_result.n_unnamed_fields, os.stat_result.n_sequence_fields, os.stat_result.n_fields, os.stat_result.__match_args__)
n = os.stat_result.n_sequence_fields
r = os.stat_result([[i] for i in range(n)], {'st_atime': [1.0], 'st_atime_ns': [2.0]})
r2 = copy.copy(r)
print(r2 == r, r2.st_atime, r2.st_atime_ns, r2[0] is r[0], r.st_atime is r2.st_atime, r.__reduce__()[1][1])
print(time.struct_time.__match_args__, time.struct_time.n_unnamed_fields)
import pickle
s = os.stat('/')
print(pickle.loads(pickle.dumps(s)) == s, s.__match_args__ == s.__match_args__, len(s), s.st_mtime == pickle.loads(pickle.dumps(s)).st_mtime)
