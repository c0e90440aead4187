# Non-blocking sockets with select: connect EINPROGRESS, writability, SO_ERROR, recv EAGAIN.
import errno
import select
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.socket()
c.setblocking(False)
print(c.getblocking(), c.gettimeout())
print(errno.errorcode[c.connect_ex(srv.getsockname())])
r, w, x = select.select([], [c], [], 5)
print('writable', w == [c], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn, _ = srv.accept()
try:
    c.recv(10)
except BlockingIOError as e:
    print(e.errno == errno.EAGAIN, e)
conn.sendall(b'data')
print(select.select([c], [], [], 5)[0] == [c])
print(c.recv(10))
p = select.poll()
p.register(c, select.POLLIN)
conn.close()
print(p.poll(5000) == [(c.fileno(), select.POLLIN)])
print(c.recv(10))
c.close()

bad = socket.socket()
bad.setblocking(False)
bad.connect_ex(('127.0.0.1', 1))
select.select([], [bad], [], 5)
print(errno.errorcode[bad.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)])
bad.close()
srv.close()
