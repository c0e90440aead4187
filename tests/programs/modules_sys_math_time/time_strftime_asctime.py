# strftime (C locale directives, flags, widths), asctime, ctime, and the tuple checks, on fixed times (UTC).
import time
t = (2023, 1, 7, 9, 5, 3, 5, 7, 0)
fmts = ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %h', '%c', '%x %X', '%D %F %T %R %r', '%I %l %k %p %P', '%j %U %W %V %G %g %u %w',
        '%C %y %e %n%t%%', '%-d %-m %-H %-j', '%_d %_m %_H', '%05Y %3d %10A %-10A', '%^a %^B %#a %#p %#Z', '%Ey %Od %EY', '%Q %! %',
        'plain text', '', '%Z %z', '%s']
for f in fmts:
    print(repr(f), repr(time.strftime(f, t)))
for tt in [(2020, 12, 31, 23, 59, 59, 3, 366, 0), (2021, 1, 1, 0, 0, 0, 4, 1, 0), (2021, 1, 3, 12, 0, 0, 6, 3, 0), (2024, 12, 30, 0, 0, 0, 0, 365, 0),
           (1999, 12, 31, 0, 0, 0, 4, 365, 0), (5, 1, 1, 0, 0, 0, 0, 1, 0), (12345, 6, 7, 0, 0, 0, 0, 158, 0), (2000, 2, 29, 12, 0, 0, 1, 60, 1)]:
    print(time.strftime('%Y|%F|%G-%V|%U|%W|%j|%a|%c', tt))
for tt in [(2020, 0, 0, 0, 0, 0, 0, 0, 0), (2020, 1, 1, 0, 0, 61, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 5), (2020, 1, 1, 0, 0, 0, 7, 1, -7)]:
    print(repr(time.strftime('%Y-%m-%d %S %a %j', tt)))
bads = [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
        (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1), 'x',
        (2020.0, 1, 1, 0, 0, 0, 0, 1, 0), (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0), (2 ** 70, 1, 1, 0, 0, 0, 0, 1, 0)]
for b in bads:
    try:
        print(time.strftime('%Y', b))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(5,), ('a\0b', t), ('%Y', t, 1), ()]:
    try:
        print(time.strftime(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(time.asctime(t), '|', time.asctime((2024, 12, 25, 18, 30, 0, 2, 360, 0)), '|', time.asctime((99999, 1, 1, 0, 0, 0, 0, 1, 0)))
for b in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 0, 1, 0, 0, 0, 0, 1, 0), (1, 2), 5]:
    try:
        print(time.asctime(b))
    except Exception as e:
        print(type(e).__name__, e)
print(time.ctime(0), '|', time.ctime(1e9), '|', time.ctime(-1e9), '|', time.ctime(1700000000.9))
print(time.asctime(time.gmtime(1234567890)), time.strftime('%Y', time.gmtime(0)), len(time.ctime()), len(time.asctime()))
print(time.strftime('%H:%M', time.localtime(0)), time.mktime((1970, 1, 2, 0, 0, 0, 0, 0, 0)), time.mktime((2021, 14, 40, 25, 61, 61, 0, 0, -1)))
print(time.mktime(time.gmtime(1700000000)), time.mktime((2000, 2, 30, 0, 0, 0, 0, 0, 0)), time.mktime((2000, 1, 1, 0, 0, -1, 0, 0, 0)))
for b in [(1, 2), 5, (2020, 1, 1, 0, 0, 0, 0, 1, 10 ** 10), (2020.5, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print(time.mktime(b))
    except Exception as e:
        print(type(e).__name__, e)
print(time.timezone, time.altzone, time.daylight, time.tzname, time.localtime(0).tm_zone)
