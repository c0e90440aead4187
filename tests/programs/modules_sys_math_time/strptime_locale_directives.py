# time.strptime with the locale's %c, %x and %X (the C locale's formats, as _strptime's LocaleTime finds them).
import time
tt = time.gmtime(1700000000)
for d in 'aAbBcdHIjmMpSUwWxXyYzZ%':
    fmt = '%' + d
    s = time.strftime(fmt, tt)
    try:
        time.strptime(s, fmt)
        print(d, repr(s), 'ok')
    except ValueError as e:
        print(d, repr(s), 'ERR', e)
for s, f in (('Tue Nov 14 22:13:20 2023', '%c'), ('11/14/23', '%x'), ('22:13:20', '%X'), ('%c', '%%c'),
             ('Tue Nov  4 22:13:20 2023', '%c'), ('x', '%c'), ('11/14/2023', '%x'), ('2023-11-14 %x', '%Y-%m-%d %%x')):
    try:
        print(s, f, tuple(time.strptime(s, f))[:6])
    except ValueError as e:
        print(s, f, 'ValueError', e)
