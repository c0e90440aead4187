# syslog: constants, masks, openlog/syslog/closelog argument handling, and LOG_PERROR's copy on stderr
# (the only output the calls make; the logger itself is not observable here).
import os
import syslog as s

print(sorted((k, getattr(s, k)) for k in dir(s) if k.startswith('LOG_') and isinstance(getattr(s, k), int)))
print(s.LOG_MASK(s.LOG_ERR), s.LOG_UPTO(s.LOG_WARNING), s.LOG_UPTO(s.LOG_DEBUG))
s.syslog('implicitly opened, not on stderr')
print(s.setlogmask(0), s.setlogmask(s.LOG_UPTO(s.LOG_ERR)), s.setlogmask(0))
for f, a, k in [(s.syslog, (), {}), (s.syslog, (1, 2, 3), {}), (s.syslog, (1,), {}), (s.syslog, ('a', 'b'), {}),
                (s.syslog, (1.5, 'x'), {}), (s.openlog, (1,), {}), (s.openlog, (), {'x': 1}),
                (s.openlog, ('a', 2, 3, 4), {}), (s.openlog, (None,), {}), (s.openlog, ('\udc80',), {}),
                (s.setlogmask, ('a',), {}), (s.LOG_MASK, (), {}), (s.closelog, (1,), {})]:
    try:
        f(*a, **k)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

s.openlog('ident', s.LOG_PERROR, s.LOG_LOCAL0)
s.syslog(s.LOG_ERR, 'shown on stderr')
s.syslog(s.LOG_WARNING, 'masked')
s.syslog('default priority (LOG_INFO): masked')
s.setlogmask(s.LOG_UPTO(s.LOG_DEBUG))
s.syslog('now shown\n')
s.closelog()
s.closelog()
s.syslog(s.LOG_ERR, 'closed: not on stderr')
s.openlog(logoption=s.LOG_PERROR)
s.syslog(s.LOG_CRIT, 'ident from sys.argv[0]')
s.openlog('pid', s.LOG_PERROR | s.LOG_PID)
print('pid shown' if str(os.getpid()) else '')
s.closelog()
print('done')
