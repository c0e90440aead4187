# getaddrinfo for numeric addresses, localhost and the host's own name; AF_INET6 on the loopback.
import socket
import threading

print(socket.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM))
print(socket.getaddrinfo('::1', 'http', socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getaddrinfo('localhost', 8080, socket.AF_INET, socket.SOCK_DGRAM))
print(socket.gethostbyname('localhost'))
print(len(socket.getaddrinfo(socket.gethostname(), None)) > 0)
try:
    socket.getaddrinfo('no-such-host.invalid', 80)
except socket.gaierror as e:
    print(type(e).__name__, e.errno)

s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
s6.bind(('::1', 0))
s6.listen()
host, port, flow, scope = s6.getsockname()
print(host, flow, scope)


def serve():
    conn, addr = s6.accept()
    log.append(addr[0])
    conn.sendall(conn.recv(10) * 2)
    conn.close()


log = []
t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(('::1', port))
print(c.family, c.getpeername()[:1])
c.sendall(b'v6')
print(c.recv(10))
t.join()
print(log)
c.close()
s6.close()
