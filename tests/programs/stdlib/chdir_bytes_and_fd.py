# os.chdir to a directory whose name is not UTF-8 (bytes, or str with surrogate escapes), and to a descriptor
# (fchdir); getcwd()/getcwdb() give the exact bytes back.
import os, tempfile
d = tempfile.mkdtemp()
odd = os.path.join(os.fsencode(d), b'\xff.dir')
os.mkdir(odd)
os.chdir(odd)
print(os.getcwd() == os.fsdecode(odd), os.getcwdb() == odd)
os.chdir(d)
os.chdir(os.fsdecode(odd))
print(os.getcwd()[-6:].encode('utf-8', 'surrogateescape'))
fd = os.open(d, os.O_RDONLY)
os.chdir(fd)
print(os.getcwd() == d)
os.close(fd)
for bad in (999, os.path.join(d, 'nope')):
    try:
        os.chdir(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == bad)
f = os.open(os.path.join(d, 'file'), os.O_CREAT | os.O_WRONLY)
try:
    os.chdir(f)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == f)
try:
    os.chdir(os.path.join(d, 'file'))
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(f)
os.unlink(os.path.join(d, 'file'))
os.chdir('/')
os.rmdir(odd); os.rmdir(d)
