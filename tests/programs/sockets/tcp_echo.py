# TCP echo server in a thread, a client in the main thread: sendall of 1 MB, EOF, recv after shutdown.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, isinstance(port, int) and port > 0)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))


log = []


def serve():
    conn, addr = srv.accept()
    log.append(('server accepted from', addr[0]))
    total = 0
    with conn:
        while True:
            data = conn.recv(65536)
            if not data:
                break
            total += len(data)
            conn.sendall(data)
    log.append(('server got', total, 'bytes'))


t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(('127.0.0.1', port))
print('peer', c.getpeername() == (host, port))
payload = bytes(range(256)) * 4096  # 1 MB
received = bytearray()


def reader():
    while True:
        d = c.recv(100000)
        if not d:
            break
        received.extend(d)


r = threading.Thread(target=reader)
r.start()
c.sendall(payload)
c.shutdown(socket.SHUT_WR)
r.join()
t.join()
for entry in log:
    print(*entry)
print('echoed', len(received), bytes(received) == payload)
print('after EOF', c.recv(10))
c.close()
srv.close()
try:
    c.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno)
