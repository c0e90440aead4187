# Names too long for the file system are simply not found, as CPython's FileFinder treats any OSError.
import codecs
for name in ('ab\n' * 300, 'x' * 5000):
    try:
        codecs.lookup(name)
    except LookupError as e:
        print('LookupError', len(str(e)))
try:
    __import__('m' * 5000)
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e.name == 'm' * 5000, len(str(e)))
try:
    __import__('pkg_' + 'p' * 300 + '.sub')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', len(e.name))
