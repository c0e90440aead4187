# Errors as CPython's: refused connection, address in use, timeouts, non-blocking accept and connect.
import errno
import socket

s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen()
port = s.getsockname()[1]
s.close()

c = socket.socket()
try:
    c.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
c.close()
c = socket.socket()
print('connect_ex', errno.errorcode[c.connect_ex(('127.0.0.1', port))])
c.close()

a = socket.socket()
a.bind(('127.0.0.1', 0))
a.listen()
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print(type(e).__name__, e)
b.close()

a.setblocking(False)
try:
    a.accept()
except BlockingIOError as e:
    print(type(e).__name__, e)
a.settimeout(0.05)
try:
    a.accept()
except socket.timeout as e:
    print(type(e).__name__, e, socket.timeout is TimeoutError)

n = socket.socket()
n.setblocking(False)
try:
    n.connect(a.getsockname())
except BlockingIOError as e:
    print(type(e).__name__, e.errno == errno.EINPROGRESS)
conn, _ = socket.socket.accept(a) if False else (None, None)
a.settimeout(5)
conn, addr = a.accept()
conn.settimeout(0.05)
try:
    conn.recv(10)
except TimeoutError as e:
    print('recv', e)
n.close()
conn.close()
a.close()

for bad in ['x', ('x',), ('127.0.0.1', 70000)]:
    try:
        socket.socket().connect(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    socket.socket().send(b'x')
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.socket().recv(1)
except OSError as e:
    print(type(e).__name__, e)
