# sys functions: intern, getsizeof, recursion limit, exc_info/exception, int max str digits, encodings, misc attributes.
import sys
print(sys.intern('spam') is sys.intern('sp' + 'am'.lower()), type(sys.intern('x')).__name__)
for bad in [5, b'x', None, ['a']]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print('TypeError', e)
for args in [(), ('a', 'b')]:
    try:
        sys.intern(*args)
    except TypeError as e:
        print('TypeError', e)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 100), sys.getsizeof(-5), sys.getsizeof(True), sys.getsizeof(1.5))
print(sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof('é'), sys.getsizeof('€€'), sys.getsizeof(()), sys.getsizeof((1, 2, 3)), sys.getsizeof(b'ab'))
print(sys.getsizeof(None), sys.getsizeof({}), sys.getsizeof(set()), sys.getsizeof(1j), sys.getsizeof(object()) > 0, sys.getsizeof(5, 'default'))
for args in [(), (1, 2, 3)]:
    try:
        sys.getsizeof(*args)
    except TypeError as e:
        print('TypeError', e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in [0, -1, 1.5, 'x', 10 ** 20]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print('TypeError', e)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is e)
    try:
        raise ValueError('inner')
    except ValueError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
try:
    sys.exc_info(1)
except TypeError as e:
    print('TypeError', e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4500)))
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(10 ** 9000)))
sys.set_int_max_str_digits(4300)
for bad in [100, -1, 'x', 639]:
    try:
        sys.set_int_max_str_digits(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.float_repr_style, sys.maxunicode, sys.byteorder)
print(sys.getswitchinterval(), sys.is_finalizing(), sys.gettrace(), sys.getprofile(), sys.platlibdir, sys.pycache_prefix, sys.api_version)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError', e)
print(type(sys.stdlib_module_names).__name__, 'os' in sys.stdlib_module_names, 'math' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names)
print(type(sys.implementation).__name__, sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
print(sys.implementation.cache_tag == sys.implementation.name + '-311', hex(sys.hexversion)[:5], sys.version.split()[0] == '%d.%d.%d' % sys.version_info[:3])
print(sys.maxsize.bit_length(), sys.maxsize + 1 == 2 ** 63, isinstance(sys.warnoptions, list), sys._xoptions, sys.getrefcount(object()) > 0)
