# FileIO.__init__ failing after the open: a descriptor it opened is closed again, one it was given is left
# open (a directory; a subclass refusing the name, which is set through __setattr__).
import os, io
fd = os.open('.', os.O_RDONLY)
try:
    io.FileIO(fd)
except OSError as e:
    print(repr(e), e.filename == fd)
os.close(fd)
print('given descriptor left open')
try:
    io.FileIO('.')
except OSError as e:
    print(repr(e), e.filename)

class MyFileIO(io.FileIO):
    def __setattr__(self, name, value):
        if name == 'name':
            raise KeyError('blocked')
        return super().__setattr__(name, value)

fd = os.open(__file__, os.O_RDONLY)
try:
    MyFileIO(fd)
except KeyError as e:
    print('KeyError', e)
os.close(fd)
print('given descriptor left open again')
before = len(os.listdir('/proc/self/fd'))
for i in range(5):
    try:
        MyFileIO(__file__)
    except KeyError:
        pass
print('opened ones closed:', len(os.listdir('/proc/self/fd')) == before)

class Named(io.FileIO):
    def __setattr__(self, name, value):
        print('setattr', name, type(value).__name__)
        super().__setattr__(name, value)
with Named(__file__) as f:
    print(f.name == __file__)
