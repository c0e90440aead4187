# makefile() line reading, UDP round trip, AF_UNIX stream sockets.
import os
import socket
import tempfile
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]


def serve():
    conn, _ = srv.accept()
    rf = conn.makefile('rb')
    wf = conn.makefile('wb')
    while line := rf.readline():
        wf.write(b'> ' + line)
        wf.flush()
    conn.close()


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(('localhost', port)) as c:
    f = c.makefile('rw', encoding='utf-8', newline='\n')
    for word in ['alpha', 'beta', 'gamma']:
        f.write(word + '\n')
        f.flush()
        print(repr(f.readline()))
    f.close()
    c.shutdown(socket.SHUT_WR)
t.join()
srv.close()

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b'ping', u1.getsockname())
data, addr = u1.recvfrom(100)
print(data, addr[0], addr == u2.getsockname())
u1.sendto(b'pong', addr)
print(u2.recv(100))
u2.connect(u1.getsockname())
u2.send(b'again')
print(u1.recvfrom(3)[0])
u1.close()
u2.close()

d = tempfile.mkdtemp()
path = os.path.join(d, 'sock')
us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
us.bind(path)
us.listen()
print(us.getsockname() == path)


log = []


def userve():
    conn, addr = us.accept()
    log.append(repr(addr))
    conn.sendall(conn.recv(100)[::-1])
    conn.close()


t = threading.Thread(target=userve)
t.start()
uc = socket.socket(socket.AF_UNIX)
uc.connect(path)
print(uc.getpeername() == path)
uc.sendall(b'unix socket')
print(uc.recv(100))
print(uc.recv(100))
t.join()
print('unix peer', log)
uc.close()
us.close()
if os.path.exists(path):
    os.unlink(path)
os.rmdir(d)
