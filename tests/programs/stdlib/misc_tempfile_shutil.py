# tempfile and shutil on a private temporary directory: copies, trees, moves, removal.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix='typhon-') as d:
    print(os.path.isdir(d), os.path.basename(d).startswith('typhon-'))
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'inner'))
    with open(os.path.join(src, 'a.txt'), 'w') as f:
        f.write('alpha\n' * 100)
    with open(os.path.join(src, 'inner', 'b.bin'), 'wb') as f:
        f.write(bytes(range(256)) * 40)
    dst = shutil.copy(os.path.join(src, 'a.txt'), os.path.join(d, 'copy.txt'))
    print(os.path.basename(dst), open(dst).read() == 'alpha\n' * 100)
    shutil.copy2(os.path.join(src, 'a.txt'), os.path.join(d, 'copy2.txt'))
    print(int(os.path.getmtime(os.path.join(d, 'copy2.txt'))) == int(os.path.getmtime(os.path.join(src, 'a.txt'))))
    shutil.copytree(src, os.path.join(d, 'tree'))
    print(sorted(os.listdir(os.path.join(d, 'tree'))), os.path.getsize(os.path.join(d, 'tree', 'inner', 'b.bin')))
    shutil.move(os.path.join(d, 'tree'), os.path.join(d, 'moved'))
    print(os.path.exists(os.path.join(d, 'tree')), os.path.exists(os.path.join(d, 'moved', 'a.txt')))
    shutil.rmtree(os.path.join(d, 'moved'))
    print(sorted(os.listdir(d)))
    print(shutil.disk_usage(d).total > 0, shutil.which('sh') is not None, shutil.get_terminal_size((80, 24)).columns > 0)
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.tmp', delete=False) as f:
        f.write('named')
        name = f.name
    print(name.endswith('.tmp'), open(name).read())
    fd, path = tempfile.mkstemp(dir=d)
    os.write(fd, b'mkstemp')
    os.close(fd)
    print(open(path, 'rb').read())
    with tempfile.TemporaryFile() as tf:
        tf.write(b'temporary')
        tf.seek(0)
        print(tf.read())
    with tempfile.SpooledTemporaryFile(max_size=10) as sf:
        sf.write(b'spooled data beyond ten bytes')
        sf.seek(0)
        print(sf.read())
print(os.path.exists(d))
print(os.path.isdir(tempfile.gettempdir()))
