# _datetime: timezone and tzinfo subclasses, aware arithmetic and comparisons, PEP 495 folds, pickles
# (protocols 0-5, the C module's byte states) and subclasses of every type.
import datetime as D
import pickle, copy

def e(label, f):
    try:
        print(label, repr(f()))
    except Exception as x:
        print(label, type(x).__name__, x)

td, tz = D.timedelta, D.timezone
utc = tz.utc
print(repr(utc), repr(D.UTC is utc), repr(tz(td(0))), tz(td(0)) is utc, tz(td(0), 'UTC') is utc, repr(tz(td(hours=-1), 'x')))
print(str(tz(td(hours=-1, microseconds=5))), str(tz(td(minutes=90, seconds=5))), repr(tz.min), repr(tz.max), str(tz.max), utc.__reduce__())
print(tz(td(1, 2) - td(1), 'x').__getinitargs__(), tz(td(hours=1)) == tz(td(hours=1), 'y'), tz(td(hours=1)) != utc, hash(tz(td(0), 'a')) == hash(utc))
e('lt', lambda: utc < tz(td(hours=1)))
for f in ['tz(1)', 'tz(td(hours=24))', 'tz(td(hours=2), 3)', "tz(td(hours=2), 'a', 3)", 'tz(td(0), None)', 'utc.fromutc(D.datetime(2000,1,1))',
          'utc.fromutc(3)', 'utc.utcoffset(3)', 'utc.tzname(3)', 'utc.dst(None)', 'utc.tzname()', 'D.tzinfo().utcoffset(None)',
          'D.tzinfo().fromutc(D.datetime(2000,1,1))', 'D.tzinfo().__reduce__()']:
    e(f, lambda: eval(f))

class Eastern(D.tzinfo):
    """US Eastern with the 2007 rules, folds and gaps (as the docs' example)."""
    def utcoffset(self, dt):
        return td(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None:
            return td(0)
        start = D.datetime(dt.year, 3, 8, 2) + td(days=(6 - D.datetime(dt.year, 3, 8).weekday()) % 7)
        end = D.datetime(dt.year, 11, 1, 2) + td(days=(6 - D.datetime(dt.year, 11, 1).weekday()) % 7)
        naive = dt.replace(tzinfo=None)
        if start + td(hours=1) <= naive < end - td(hours=1):
            return td(hours=1)
        if end - td(hours=1) <= naive < end:
            return td(hours=0) if dt.fold else td(hours=1)
        if start <= naive < start + td(hours=1):
            return td(hours=1) if dt.fold else td(hours=0)
        return td(0)
    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'
    def __repr__(self):
        return 'Eastern()'

ET = Eastern()
a = D.datetime(2021, 11, 7, 1, 30, tzinfo=ET)
b = a.replace(fold=1)
print(repr(a), repr(b), a.utcoffset(), b.utcoffset(), a.tzname(), b.tzname(), a.dst(), a.timetuple().tm_isdst)
print(a == b, a.astimezone(utc), b.astimezone(utc), a.timestamp(), b.timestamp(), a.utctimetuple())
print(a.astimezone(utc).astimezone(ET), b.astimezone(utc).astimezone(ET), (b.astimezone(utc) - a.astimezone(utc)))
print(a - b, hash(a) == hash(a.replace(fold=0)), a < b.astimezone(utc), a.strftime('%H:%M %Z %z'), a.isoformat())
print(D.datetime(2021, 3, 14, 2, 30, tzinfo=ET).astimezone(utc), D.datetime(2021, 7, 1, tzinfo=ET) - D.datetime(2021, 7, 1, tzinfo=utc))
k = D.datetime(2024, 6, 1, 10, 0, tzinfo=tz(td(hours=5, minutes=30), 'IST'))
print(k, k.astimezone(utc), k.astimezone(tz(td(hours=-3))), k == k.astimezone(utc), hash(k) == hash(k.astimezone(utc)), k.timestamp())
print(D.datetime(2000, 1, 1, tzinfo=utc) - D.datetime(1999, 12, 31, 20, tzinfo=tz(td(hours=-5))), D.time(1, tzinfo=tz(td(hours=1))).utcoffset())
print(D.time(1, tzinfo=tz(td(hours=1))) == D.time(0, tzinfo=utc), D.time(1, tzinfo=tz(td(hours=1))) < D.time(0, 30, tzinfo=utc),
      hash(D.time(1, tzinfo=tz(td(hours=1)))) == hash(D.time(0, tzinfo=utc)), D.time(5, tzinfo=utc).isoformat(), D.time(5, tzinfo=ET).isoformat())
for f in ['D.datetime(2000,1,1) - D.datetime(2000,1,1,tzinfo=utc)', 'D.datetime(2000,1,1) < D.datetime(2000,1,1,tzinfo=utc)',
          'D.datetime(2000,1,1) == D.datetime(2000,1,1,tzinfo=utc)', 'D.datetime(2000,1,1,tzinfo=utc).astimezone(3)',
          'D.datetime(1,1,1,tzinfo=tz(td(hours=1))).astimezone(utc)', 'D.datetime(2000,1,1,tzinfo=utc).utctimetuple()']:
    e(f, lambda: eval(f))

class BadOffset(D.tzinfo):
    def utcoffset(self, dt): return td(hours=25)
    def tzname(self, dt): return 7
    def dst(self, dt): return 3
bo = D.datetime(2000, 1, 1, tzinfo=BadOffset())
for f in ['bo.utcoffset()', 'bo.tzname()', 'bo.dst()', "bo.strftime('%Z')", 'bo.isoformat()', 'hash(bo)']:
    e(f, lambda: eval(f))

objs = [td(1, 2, 3), td(-5), D.date(2020, 5, 17), D.datetime(2000, 1, 2, 3, 4, 5, 6), D.datetime(2000, 1, 2, 3, 4, 5, 6, fold=1),
        D.datetime(2001, 2, 3, tzinfo=utc), D.datetime(2001, 2, 3, tzinfo=tz(td(hours=-7), 'X')), D.time(1, 2, 3, 4),
        D.time(1, 2, fold=1), D.time(23, tzinfo=tz(td(minutes=30))), utc, tz(td(hours=3)), D.tzinfo()]
for o in objs:
    print(repr(o) if type(o) is not D.tzinfo else 'tzinfo()', o.__reduce__() if not isinstance(o, D.tzinfo) else '', o.__reduce_ex__(4)[:2] if not isinstance(o, D.tzinfo) else '')
    for proto in range(6):
        s = pickle.dumps(o, proto)
        r = pickle.loads(s)
        print(' ', proto, type(r).__name__, r == o if not type(o) is D.tzinfo else type(r) is D.tzinfo, getattr(r, 'fold', None), len(s) > 0)
    print(' ', copy.copy(o) == o if type(o) is not D.tzinfo else '', copy.deepcopy(o) == o if type(o) is not D.tzinfo else '')
# States written by CPython load here.
print(pickle.loads(b'\x80\x04\x95*\x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x08datetime\x94\x93\x94C\n\x07\xd0\x81\x02\x03\x04\x05\x00\x00\x06\x94\x85\x94R\x94.').fold)
print(repr(D.date(b'\x07\xd0\x01\x01')), repr(D.datetime('\x07\xd0\x01\x02\x03\x04\x05\x00\x00\x06')), repr(D.time(b'\x81\x02\x00\x00\x00\x00', utc)))
for f in [r"D.date(b'\x07\xd0\x0d\x01')", r"D.datetime(b'\x07\xd0\x01\x01\x00\x00\x00\x00\x00\x00', 3)", r"D.time('\u0101\x02\x00\x00\x00\x00')"]:
    e(f, lambda: eval(f))

class MyDate(D.date):
    def __new__(cls, y, m, d, extra='x'):
        self = super().__new__(cls, y, m, d)
        self.extra = extra
        return self
class MyDT(D.datetime):
    label = 'my'
class MyTD(D.timedelta):
    pass
class MyTime(D.time):
    pass
md = MyDate(2020, 1, 31, 'e')
print(repr(md), md.extra, repr(md + td(1)), type(md - td(1)).__name__, repr(md.replace(day=2)), type(md.replace(day=2)).__name__, md - D.date(2020, 1, 1))
print(repr(MyDate.fromordinal(5)), repr(MyDate.fromisoformat('2020-02-02')), repr(MyDT(2020, 1, 1, 5)), repr(MyDT(2020, 1, 1) + td(hours=1)))
print(repr(MyDT.combine(D.date(2020, 1, 1), D.time(1, fold=1))), repr(MyDT.fromisoformat('2020-01-01T01:02')), repr(MyDT.utcfromtimestamp(0)))
print(repr(MyDT.strptime('2020', '%Y')), repr(MyDT(2020, 1, 1, tzinfo=utc).astimezone(tz(td(hours=2)))), MyDT(2020, 1, 1).label)
print(repr(MyTD(1, 2)), repr(MyTD(1) + MyTD(2)), repr(-MyTD(1)), repr(MyTD(hours=1) * 2), repr(MyTime(1, 2)), repr(MyTime(1).replace(hour=3)))
print(repr(pickle.loads(pickle.dumps(MyDT(2020, 1, 1, 1, 2, 3, 4, fold=1), 4))), repr(pickle.loads(pickle.dumps(MyTD(3), 2))))
print(isinstance(MyDT(2000, 1, 1), D.date), issubclass(D.datetime, D.date), issubclass(D.timezone, D.tzinfo), D.datetime.__mro__)
e('tz subclass', lambda: type('Z', (D.timezone,), {}))
# The bytes CPython's C module pickles to (protocols 4-5 memoise the module name and a class name equal to it
# apart in CPython, so datetime.datetime's are left out there).
for o in objs[:-1]:
    for proto in range(6):
        if proto < 4 or type(o) is not D.datetime:
            print(proto, pickle.dumps(o, proto))
