# What the event loop stands on: socket.socketpair(), select.select/poll and selectors over them,
# and the address helpers that need no network.
import errno
import select
import selectors
import socket

a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.gettimeout(), a.getblocking(), a.getsockname(), a.getpeername())
print(a.send(b"hello"), b.recv(3), b.recv(100))
a.sendall(b"x" * 10)
buf = bytearray(4)
print(b.recv_into(buf), buf, b.recv(100, socket.MSG_PEEK), b.recv(100))
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN, e)
b.settimeout(0.001)
try:
    b.recv(10)
except TimeoutError as e:
    print("TimeoutError", e, socket.timeout is TimeoutError)
print(b.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), b.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))

r, w, x = select.select([a, b], [a], [], 0)
print(r, w == [a], x)
a.send(b"ping")
r, w, x = select.select([a.fileno(), b.fileno()], [], [], 0)
print(r == [b.fileno()], w, x)
print(select.select([], [], [], 0.001))

p = select.poll()
p.register(b, select.POLLIN)
p.register(a.fileno(), select.POLLIN | select.POLLOUT)
print(sorted(p.poll(0)) == sorted([(b.fileno(), select.POLLIN), (a.fileno(), select.POLLOUT)]))
p.modify(a, select.POLLIN)
print(p.poll(0) == [(b.fileno(), select.POLLIN)])
p.unregister(a)
try:
    p.unregister(a)
except KeyError as e:
    print("KeyError", e.args == (a,))
print(b.recv(4), p.poll(1))

sel = selectors.DefaultSelector()
sel.register(b, selectors.EVENT_READ, data="b-reader")
print(sel.select(timeout=0))
a.send(b"!")
print([(k.data, ev) for k, ev in sel.select(timeout=0)])
print(b.recv(1))
sel.unregister(b)
sel.close()

a.send(b"unread")
b.close()
try:
    a.send(b"more")
except BrokenPipeError as e:
    print("BrokenPipeError", e)
print(select.select([a], [], [], 0)[0] == [a])
try:
    a.recv(10)
except ConnectionResetError as e:
    print("ConnectionResetError", e)
print(a.recv(10))
a.close()
print(repr(a), a.fileno())
try:
    a.recv(1)
except OSError as e:
    print("OSError", e)

c, d = socket.socketpair()
c.shutdown(socket.SHUT_WR)
print(d.recv(10), select.select([d], [], [], 0)[0] == [d])
try:
    c.send(b"x")
except BrokenPipeError as e:
    print("BrokenPipeError", e)
c.close()
d.close()

u, v = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
u.send(b"abc")
u.send(b"de")
print(v.recv(2), v.recv(10), v.type)
u.close()
v.close()

with socket.socketpair()[0] as s:
    print(s._closed)
print(s._closed)

for bad in [lambda: socket.socketpair(socket.AF_INET), lambda: socket.socket(fileno=987654),
            lambda: select.select([-1], [], [], 0), lambda: select.select(1, [], [], 0),
            lambda: select.select(["x"], [], [], 0), lambda: select.select([], [], [], -1),
            lambda: select.select([], [], [], "1"), lambda: select.poll().modify(5, 1),
            lambda: select.poll().poll("x"), lambda: select.select([987654], [], [], 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

print(socket.inet_pton(socket.AF_INET, "10.1.2.3"), socket.inet_ntop(socket.AF_INET, b"\x7f\x00\x00\x01"))
for addr in ["::1", "::", "fe80::1:2", "2001:db8:0:0:1:0:0:1", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8"]:
    packed = socket.inet_pton(socket.AF_INET6, addr)
    print(addr, len(packed), socket.inet_ntop(socket.AF_INET6, packed))
for bad in ["1.2.3", "256.1.1.1", "01.2.3.4", "a.b.c.d"]:
    try:
        socket.inet_pton(socket.AF_INET, bad)
    except OSError as e:
        print(bad, "->", e)
print(socket.inet_aton("127.1"), socket.inet_ntoa(b"\x01\x02\x03\x04"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", "8080", type=socket.SOCK_DGRAM))
print(socket.getdefaulttimeout(), select.PIPE_BUF, select.error is OSError, socket.error is OSError)
print(issubclass(socket.gaierror, OSError), socket.gaierror.__module__, socket.herror.__name__)
print(type(selectors.DefaultSelector()).__name__ in ("EpollSelector", "PollSelector"))

# dup() and fromfd(): more descriptors on one endpoint; its peer sees EOF when the last closes.
a, b = socket.socketpair()
c = a.dup()
print(c.family, c.type, c.fileno() != a.fileno())
c.send(b"via dup")
print(b.recv(100))
a.close()
c.send(b"still open")
print(b.recv(100))
c.close()
print(b.recv(100))
b.close()
x, y = socket.socketpair()
z = socket.fromfd(x.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
x.close()
z.sendall(b"fromfd")
print(y.recv(10))
z.close(); y.close()
