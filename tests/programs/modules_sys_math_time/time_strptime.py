# time.strptime: numeric and English-name directives, defaults, and its ValueErrors.
import time
cases = [('2024-03-05', '%Y-%m-%d'), ('05/03/24', '%d/%m/%y'), ('1999 365', '%Y %j'), ('2000 60', '%Y %j'), ('23:59:60', '%H:%M:%S'),
         ('Mon Jan  2 03:04:05 2006', '%a %b %d %H:%M:%S %Y'), ('Tuesday, March 5, 2024', '%A, %B %d, %Y'), ('7pm', '%I%p'),
         ('12 AM', '%I %p'), ('12 pm', '%I %p'), ('31 dec 68', '%d %b %y'), ('1 jan 69', '%d %b %y'), ('2024-01-01T10:00:00+0530', '%Y-%m-%dT%H:%M:%S%z'),
         ('10:00 -07:00', '%H:%M %z'), ('10:00 Z', '%H:%M %z'), ('10:00 UTC', '%H:%M %Z'), ('100%', '%j%%'), ('  2024', '%Y'), ('2024 5 3', '%Y %w %U'),
         ('feb 29', '%b %d'), ('12:30:45.123456', '%H:%M:%S.%f'), ('Tue Mar  5 10:11:12 2024', '%a %b %d %H:%M:%S %Y')]
for s, f in cases:
    try:
        r = time.strptime(s, f)
        print(repr(s), tuple(r), r.tm_zone, r.tm_gmtoff)
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(tuple(time.strptime('Tue Mar  5 10:11:12 2024')))
bad = [('2024-13-01', '%Y-%m-%d'), ('2024-02-30x', '%Y-%m-%d'), ('x', '%Y'), ('24', '%Y'), ('2024', '%Q'), ('2024', '%Y%'), ('25:00', '%H:%M'),
       ('', '%Y'), ('2024-01-01 extra', '%Y-%m-%d'), ('13 pm', '%I %p'), ('Foo 1', '%a %d')]
for s, f in bad:
    try:
        print(time.strptime(s, f))
    except ValueError as e:
        print(repr(s), repr(f), 'ValueError', e)
for args in [(5, '%Y'), ('2024', 5), ()]:
    try:
        print(time.strptime(*args))
    except TypeError as e:
        print('TypeError', e)
