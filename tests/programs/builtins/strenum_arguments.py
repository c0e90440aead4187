# Arguments CPython takes as any str (PyUnicode_Check) accept str subclasses, such as StrEnum members: encoding and
# error handler names, open()'s mode, time formats, locale names, host names, attribute and method names,
# struct formats, codec inputs, module names, FileIO modes, memoryview formats, exception notes.
import enum, time, codecs, io, operator, warnings, contextvars, socket, locale, sys, struct, importlib
class E(enum.StrEnum):
    UTF8 = 'utf-8'; STRICT = 'strict'; R = 'r'; FMT = '%Y'; NL = '\n'; ATTR = 'real'; NAME = 'var'; LOCAL = 'localhost'; C = 'C'; TC = '<i'; E_ACUTE = 'é'; MOD = 'json'; RB = 'rb'; B = 'B'
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t('encode', lambda: 'é'.encode(E.UTF8, E.STRICT))
t('decode', lambda: b'\xc3\xa9'.decode(E.UTF8, errors=E.STRICT))
t('str()', lambda: str(b'x', E.UTF8, E.STRICT))
t('codecs.encode', lambda: codecs.encode('x', E.UTF8, E.STRICT))
t('codecs.decode', lambda: codecs.decode(b'x', E.UTF8))
t('codecs.lookup', lambda: codecs.lookup(E.UTF8).name)
t('open', lambda: open('/dev/null', E.R).mode)
t('open enc', lambda: open('/dev/null', encoding=E.UTF8, newline=E.NL).encoding)
t('TextIOWrapper', lambda: io.TextIOWrapper(io.BytesIO(), encoding=E.UTF8).encoding)
t('strftime', lambda: time.strftime(E.FMT, time.gmtime(0)))
t('strptime', lambda: time.strptime('2020', E.FMT)[0])
t('attrgetter', lambda: operator.attrgetter(E.ATTR)(5))
t('methodcaller', lambda: operator.methodcaller(E.ATTR.replace('real', 'upper'))('a'))
t('ContextVar', lambda: contextvars.ContextVar(E.NAME).get('dflt'))
t('gethostbyname', lambda: socket.gethostbyname(E.LOCAL))
t('setlocale', lambda: locale.setlocale(locale.LC_ALL, E.C))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn_explicit('m', UserWarning, E.NAME, 1)
    print(len(w), w[0].filename)
t('struct', lambda: struct.pack(E.TC, 1))
t('Struct', lambda: struct.Struct(E.TC).format)
t('codecs.encode text', lambda: codecs.encode(E.E_ACUTE, 'utf-8'))
t('getencoder', lambda: codecs.getencoder('latin-1')(E.E_ACUTE))
t('import_module', lambda: importlib.import_module(E.MOD).__name__)
t('FileIO', lambda: io.FileIO('/dev/null', E.RB).mode)
t('cast', lambda: memoryview(b'ab').cast(E.B).tolist())
err = ValueError()
err.add_note(E.MOD)
print(err.__notes__, err.__notes__[0] is E.MOD)
t('strxfrm sort', lambda: sorted([E.MOD, E.C], key=locale.strxfrm))
t('strcoll', lambda: locale.strcoll(E.MOD, E.C) > 0)
t('get_clock_info', lambda: time.get_clock_info(E.MOD.replace('json', 'monotonic')).monotonic)
t('escape_decode', lambda: codecs.escape_decode(b'\\n', E.STRICT))
t('reconfigure', lambda: io.TextIOWrapper(io.BytesIO(), encoding='ascii').reconfigure(encoding=E.UTF8, errors=E.STRICT))
t('gbk', lambda: codecs.getincrementalencoder('gbk')(E.STRICT).encode('中'))
t('getaddrinfo', lambda: socket.getaddrinfo(E.LOCAL, E.MOD.replace('json', '80'), socket.AF_INET, socket.SOCK_STREAM)[0][4])
t('inet_pton', lambda: socket.inet_pton(socket.AF_INET, E.LOCAL.replace('localhost', '127.0.0.1')))
t('bad', lambda: 'x'.encode(5))
t('bad open', lambda: open('/dev/null', 5))
