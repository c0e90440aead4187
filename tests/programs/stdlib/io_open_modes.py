# open() in every mode, text and binary, with seek/tell, encodings, newlines and the errors CPython raises.
import os

base = '/tmp/typhon_io_open_%d' % os.getpid()
os.mkdir(base)
os.chdir(base)
try:
    with open('t.txt', 'w') as f:
        print(type(f).__name__, f.mode, f.name, f.encoding, f.writable(), f.readable(), f.seekable())
        print(f.write('first line\n'), f.write('second\n'), f.tell())
        print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode, f.closed)
    print(f.closed)
    with open('t.txt') as f:
        print(repr(f.readline()), f.tell(), repr(f.read()), repr(f.read()))
        f.seek(0)
        print([line for line in f])
    with open('t.txt', 'a') as f:
        f.write('appended\n')
        print(f.tell())
    with open('t.txt', 'r+') as f:
        print(repr(f.read(5)))
        f.seek(0)
        f.write('FIRST')
    print(open('t.txt').read().splitlines())
    with open('t.txt', 'w+') as f:
        f.write('w+ content')
        f.seek(0)
        print(repr(f.read()))
    with open('t.txt', 'a+') as f:
        f.write(' more')
        f.seek(0)
        print(repr(f.read()))
    with open('b.bin', 'wb') as f:
        print(type(f).__name__, f.mode, f.write(bytes(range(10))), f.tell())
    with open('b.bin', 'rb') as f:
        print(type(f).__name__, f.read(3), f.tell(), f.seek(-2, 2), f.read(), f.seek(1), f.read(2))
    with open('b.bin', 'rb', buffering=0) as f:
        print(type(f).__name__, f.read(4), f.readall(), f.mode)
    with open('b.bin', 'r+b') as f:
        print(type(f).__name__, f.read(1), f.write(b'\xff'), f.seek(0), f.read(3))
    with open('b.bin', 'ab') as f:
        print(f.write(b'END'), f.tell())
    print(os.path.getsize('b.bin'))
    with open('x.txt', 'x') as f:
        f.write('exclusive')
    try:
        open('x.txt', 'x')
    except FileExistsError as e:
        print('FileExistsError:', e)
    with open('enc.txt', 'w', encoding='latin-1') as f:
        f.write('café')
    print(open('enc.txt', 'rb').read(), open('enc.txt', encoding='latin-1').read())
    with open('enc.txt', 'w', encoding='utf-16') as f:
        f.write('hi')
    print(open('enc.txt', 'rb').read(), open('enc.txt', encoding='utf-16').read())
    with open('bad.txt', 'wb') as f:
        f.write(b'ok\xffend\n')
    try:
        open('bad.txt').read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)
    print(repr(open('bad.txt', errors='replace').read()), repr(open('bad.txt', errors='surrogateescape').read()))
    with open('nl.txt', 'w', newline='') as f:
        f.write('a\r\nb\rc\nd')
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open('nl.txt', newline=nl) as f:
            print(repr(nl), f.readlines())
    with open('crlf.txt', 'w', newline='\r\n') as f:
        f.write('x\ny\n')
    print(open('crlf.txt', 'rb').read())
    for args in [('t.txt', 'rw'), ('t.txt', 'rr'), ('t.txt', 'rbt'), ('t.txt', 'z'), ('t.txt', 'rb', 0, 'utf-8'), ('t.txt', 'r', 0)]:
        try:
            open(*args)
        except ValueError as e:
            print('ValueError:', e)
    for bad in [None, 3.5, ['x']]:
        try:
            open(bad)
        except TypeError as e:
            print('TypeError:', e)
    f = open('t.txt')
    f.close()
    for op in [f.read, f.readline, lambda: f.write('x'), f.tell]:
        try:
            op()
        except ValueError as e:
            print('ValueError:', e)
    try:
        open('t.txt').write('x')
    except OSError as e:
        print(type(e).__name__, e)
    try:
        open('t.txt', 'w').read()
    except OSError as e:
        print(type(e).__name__, e)
    fd = os.open('t.txt', os.O_RDONLY)
    with open(fd, closefd=False) as f:
        print(f.name == fd, repr(f.read(4)))
    os.close(fd)
    with open('t.txt', 'rb') as f:
        print(repr(f), f.name)
finally:
    os.chdir('/')
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
