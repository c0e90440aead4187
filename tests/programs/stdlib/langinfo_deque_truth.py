# locale.nl_langinfo's items in the C locale; a deque subclass's __len__ decides its truth (deque has no
# __bool__); sys._home and sys._framework.
import locale, sys, collections, time
locale.setlocale(locale.LC_ALL, 'C')
for name in ['ABDAY_1', 'ABDAY_7', 'DAY_1', 'DAY_7', 'ABMON_1', 'ABMON_12', 'MON_1', 'MON_12', 'D_FMT', 'D_T_FMT',
             'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'ERA', 'ERA_D_FMT', 'ERA_D_T_FMT', 'ERA_T_FMT', 'ALT_DIGITS',
             'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'RADIXCHAR', 'THOUSEP']:
    print(name, getattr(locale, name), repr(locale.nl_langinfo(getattr(locale, name))))
try:
    locale.nl_langinfo(12345678)
except ValueError as e:
    print('ValueError', e)
print(time.strftime(locale.nl_langinfo(locale.D_T_FMT), time.gmtime(0)))

class Empty(collections.deque):
    def __len__(self):
        return 0
print(bool(Empty([1, 2])), bool(collections.deque()), bool(collections.deque([0])), hasattr(collections.deque, '__bool__'))
q = collections.deque([1, 2, 3])
n = 0
while q:
    q.popleft()
    n += 1
print(n, sys._home, repr(sys._framework))
