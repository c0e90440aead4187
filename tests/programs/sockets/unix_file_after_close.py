# A listening AF_UNIX socket leaves its file behind when closed, as close(2) does: connecting to it is
# refused, and the program removes it (Node's libuv would unlink it at some point after close).
import socket, os, tempfile
d = tempfile.mkdtemp(); path = os.path.join(d, 'sock')
s = socket.socket(socket.AF_UNIX); s.bind(path); s.listen()
s.close()
print(os.path.exists(path))
c = socket.socket(socket.AF_UNIX)
try:
    c.connect(path)
except OSError as e:
    print(type(e).__name__, e.errno)
c.close()
os.unlink(path); os.rmdir(d)
