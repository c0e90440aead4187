# The _datetime types: constructors, reprs (subclasses too), arithmetic across types, comparisons, hashing,
# formatting and CPython's error messages.
import datetime as D

def e(label, f):
    try:
        print(label, repr(f()))
    except Exception as x:
        print(label, type(x).__name__, x)

td = D.timedelta
print(repr(td(1, 2, 3)), repr(td(0)), repr(td(-1)), str(td(-1, 5)), str(td(3, 3661, 7)), str(td(microseconds=-1)))
print(repr(td(weeks=1, days=-2, hours=3.5, minutes=-0.25, seconds=1.5, milliseconds=2.5, microseconds=-7)))
for us in (0.5, 1.5, 2.5, -0.5, -1.5, 1e-7):
    print(us, repr(td(microseconds=us)), repr(td(seconds=us / 1e6)))
print(td(1) * 3, 3 * td(1), td(1) * 0.1, td(1) / 3, td(1) / 7.0, td(1) // 7, td(1) / td(hours=5), td(1) // td(hours=5))
print(td(1) % td(hours=5), divmod(td(1), td(hours=-5)), abs(td(-1, 1)), -td(1, 1, 1), +td(2), bool(td(0)), bool(td(0, 0, 1)))
print(td(999999999, 86399, 999999).total_seconds(), td.max, td.min, td.resolution, td(days=-5).total_seconds())
print(td(hours=1) == td(seconds=3600), td(1) < td(2), td(1) == 1, td(1) != 'x', hash(td(1)) == hash(td(hours=24)))
for f in ['td(days=1e10)', 'td(days=10**10)', "td(days='1')", 'td(1,2,3,4,5,6,7,8)', 'td(foo=1)', "td(days=float('nan'))",
          'td.max + td(1)', "td(1) * 'a'", 'td(1) / 0', 'td(1) // 0', 'td(1) % td(0)', 'td(1) / td(0)', 'td(1) * 1e300',
          "td(1) * float('inf')", 'td(1) < 1', 'td(1) + 1', 'td(1, days=2)']:
    e(f, lambda: eval(f))

d = D.date(2024, 2, 29)
print(repr(d), str(d), d.ctime(), d.isoformat(), d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(), d.timetuple())
print(d + td(1), d - td(60), td(366) + d, d - D.date(2000, 1, 1), d.replace(day=1), d.replace(2023, 3), D.date.fromordinal(738000))
print(D.date.fromisocalendar(2020, 53, 7), D.date.fromisoformat('2021-W01-1'), D.date.fromisoformat('20210304'), D.date.min, D.date.max)
print(d.isocalendar().year, d.isocalendar().week, d.isocalendar().weekday, d.isocalendar()[1], D.date(2005, 1, 1).isocalendar())
print(d == D.date(2024, 2, 29), d < D.date(2025, 1, 1), d >= D.date(2024, 2, 29), hash(d) == hash(D.date(2024, 2, 29)))
for f in ['D.date(0,1,1)', 'D.date(2000,13,1)', 'D.date(2000,2,30)', 'D.date(2000.0,2,3)', 'D.date(2000,2)', 'D.date(2000,2,3,4)',
          'D.date(year=2000,month=2,dday=3)', 'D.date(10**20,1,1)', 'D.date(2**40,1,1)', "D.date.fromisoformat('2000-01-0x')",
          'D.date.fromisoformat(3)', 'D.date.fromordinal(0)', 'D.date.fromordinal(3652060)', 'D.date.fromisocalendar(2000, 54, 1)',
          'D.date.fromisocalendar(2000, 5, 8)', 'D.date.fromisocalendar(0, 5, 1)', 'D.date.max + td(1)', 'D.date.min - td(1)',
          'D.date(2000,1,1) + 1', 'D.date(2000,1,1) < 3', 'D.date(2000,1,1).replace(month=13)', 'D.date(2000,1,1).ctime(1)',
          "D.date(2000,1,1).strftime(3)", "format(D.date(2000,1,1), 3)", "D.date.today(1)"]:
    e(f, lambda: eval(f))

dt = D.datetime(2024, 2, 29, 13, 5, 9, 120)
print(repr(dt), str(dt), repr(dt.replace(microsecond=0)), repr(dt.replace(second=0, microsecond=0)), repr(dt.replace(fold=1)))
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='hours'), dt.isoformat('x', 'minutes'), dt.isoformat(timespec='milliseconds'))
print(dt.isoformat(sep='\U0001f600', timespec='microseconds'), dt.ctime(), dt.date(), dt.time(), dt.timetz(), dt.toordinal(), dt.weekday())
print(dt.timetuple(), dt.utctimetuple())
print(dt + td(hours=11), dt - td(days=60, microseconds=121), dt - D.datetime(2000, 1, 1), td(1) + dt)
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %j %a %A %b %B %p %I %y %U %W %z|%Z|%%z %%f'), f'{dt:%H.%M}', format(dt, ''))
print(D.datetime.combine(D.date(2020, 1, 2), D.time(3, 4, fold=1)), D.datetime.combine(d, D.time(1), tzinfo=D.timezone.utc))
print(D.datetime.fromisoformat('2000-01-01T12:00:00.1234567'), D.datetime.fromisoformat('2000-W01-1T00'),
      D.datetime.fromisoformat('2000-01-01 12:00:00Z'), D.datetime.fromisoformat('2000-01-01é12:30+0530'),
      D.datetime.fromisoformat('2000-01-01T12:00:00,5-01:30:15.5'))
print(D.datetime(2000, 1, 1) == D.date(2000, 1, 1), D.datetime(2000, 1, 1) != D.date(2000, 1, 1), D.datetime.min, D.datetime.max)
print(D.datetime.strptime('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), D.datetime.strptime('1 2 2021 +0100', '%d %m %Y %z'))
print(D.datetime.utcfromtimestamp(1e9), D.datetime.utcfromtimestamp(-1.5), D.datetime.utcfromtimestamp(0.0000005),
      D.datetime.fromtimestamp(86400 * 365.25, D.timezone.utc), D.date.fromordinal(1).isocalendar())
for f in ['D.datetime(2000,1,1,24)', 'D.datetime(2000,1,1,0,60)', 'D.datetime(2000,1,1,0,0,60)', 'D.datetime(2000,1,1,0,0,0,10**6)',
          'D.datetime(2000,1,1,0,0,0,0,1)', 'D.datetime(2000,1,1,fold=2)', 'D.datetime(2000,1,1,1,1,1,1,None,1)',
          "D.datetime(2000, 'x')", "D.datetime.fromisoformat('2000-01-01T25:00')", "D.datetime.fromisoformat('2000-01-01T12:00+')",
          "D.datetime.fromisoformat('2000010100')", 'D.datetime.fromtimestamp(1e20)', "D.datetime.fromtimestamp(float('nan'))",
          "D.datetime.fromtimestamp('x')", 'D.datetime.now(1)', "D.datetime(2000,1,1).isoformat(timespec='x')",
          "D.datetime(2000,1,1).isoformat(sep='ab')", 'D.datetime.combine(1,2)', 'D.datetime.combine(D.date(2000,1,1),D.time(), 3)',
          'D.datetime.max + td(1)', 'D.datetime.strptime(1, 2)', "D.datetime.strptime('a')", 'D.datetime.utcfromtimestamp()',
          'D.datetime(2000,1,1) < D.date(2000,1,1)', 'D.datetime(2000,1,1).__reduce_ex__()', 'D.date.__new__(D.datetime, 2000,1,1)']:
    e(f, lambda: eval(f))

t = D.time(12, 30, 15, 5)
print(repr(t), str(t), repr(D.time()), repr(D.time(1, 2, 3)), repr(D.time(1, fold=1)), t.isoformat('milliseconds'), t.replace(hour=1))
print(t.strftime('%H:%M:%S.%f %Y %z %Z'), format(t, '%I %p'), D.time.fromisoformat('T12:00'), D.time.fromisoformat('1200'),
      D.time.fromisoformat('12:00:00.5+01:00'), D.time.fromisoformat('12:00:00.1234567890'), bool(D.time()), D.time.min, D.time.max)
print(t < D.time(13), t == D.time(12, 30, 15, 5), hash(t) == hash(D.time(12, 30, 15, 5, fold=1)), t.utcoffset(), t.tzname(), t.dst())
for f in ['D.time(25)', 'D.time(1,fold=3)', 'D.time(tzinfo=1)', "D.time.fromisoformat('25:00')", "D.time.fromisoformat('12:00:00.12345a')",
          'D.time(1) < D.time(1, tzinfo=D.timezone.utc)', 'D.time(1) == D.time(1, tzinfo=D.timezone.utc)', 'D.time(1) + td(1)',
          "D.time(1).isoformat(timespec=1)", "D.time(1).isoformat('x')"]:
    e(f, lambda: eval(f))
