# setlocale(LC_ALL) names the categories one by one when they differ; that composite name is accepted back
# (support.run_with_locale restores the locale this way). strcoll/strxfrm refuse an embedded NUL.
import locale

saved = locale.setlocale(locale.LC_ALL)
locale.setlocale(locale.LC_NUMERIC, 'C')
locale.setlocale(locale.LC_CTYPE, 'C.UTF-8')
both = locale.setlocale(locale.LC_ALL)
print(both)
print(locale.setlocale(locale.LC_ALL, both) == both)
print(locale.setlocale(locale.LC_ALL, saved) == saved)
for bad in ('de_DE', 'LC_CTYPE=de_DE;LC_NUMERIC=C', 'LC_CTYPE', 'nonsense=C'):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print(repr(bad), e)
for f in (lambda: locale.strcoll('a\0', 'a'), lambda: locale.strcoll('a', 'a\0'), lambda: locale.strxfrm('a\0')):
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
print(locale.strcoll('a', 'b'), locale.strxfrm('abc'))
