# A file object collected with its descriptor still open gives ResourceWarning "unclosed file <repr>",
# naming the object the program used (open()'s outermost layer); a closed one, or one that does not own its
# descriptor (closefd=False), gives none. (Typhon warns when V8 has collected the object: by gc.collect().)
import gc, io, os, warnings

path = 'unclosed_file_warning.tmp'
with open(path, 'w', encoding='utf-8') as f:
    f.write('data\n')


def leak(*args, **kw):
    f = open(*args, **kw)
    f.read()


def read_with():
    with open(path, 'rb') as f:
        return f.read()


def check(label, make):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter('always')
        make()
        gc.collect()
        gc.collect()
    for w in got:
        print(label, w.category.__name__, str(w.message).replace(os.getcwd(), '.'))
    if not got:
        print(label, 'no warning')


try:
    check('text', lambda: leak(path, encoding='utf-8'))
    check('binary', lambda: leak(path, 'rb'))
    check('raw', lambda: leak(path, 'rb', buffering=0))
    check('fileio', lambda: io.FileIO(path).read())
    check('closed', lambda: open(path, encoding='utf-8').close())
    check('with', read_with)
    fd = os.open(path, os.O_RDONLY)
    check('closefd=False', lambda: open(fd, 'rb', closefd=False).read())
    os.close(fd)
    # Ignored by default: nothing printed.
    leak(path, 'rb')
    gc.collect()
    print('done')
finally:
    os.remove(path)
