# recv_into/recvfrom_into, MSG_PEEK, dup(), socket timeouts as attributes, socketserver.ThreadingUDPServer.
import socket
import socketserver
import threading

srv = socket.create_server(('127.0.0.1', 0))
c = socket.create_connection(srv.getsockname(), timeout=5)
s, _ = srv.accept()
print(c.gettimeout(), s.gettimeout())
c.sendall(b'0123456789')
print(s.recv(4, socket.MSG_PEEK))
buf = bytearray(6)
print(s.recv_into(buf), buf)
buf = bytearray(10)
n = s.recv_into(memoryview(buf), 3)
print(n, buf)
d = s.dup()
print(d.fileno() != s.fileno(), d.type == s.type)
s.close()
c.sendall(b'via dup')
got = b''
while len(got) < 8:
    got += d.recv(100)
print(got)
d.close()
print(c.recv(10))
c.close()
srv.close()

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.sendto(b'datagram one', u.getsockname())
v.sendto(b'two', u.getsockname())
buf = bytearray(8)
n, addr = u.recvfrom_into(buf)
print(n, bytes(buf), addr[0])
print(u.recv(100))
u.settimeout(0.05)
try:
    u.recv(10)
except TimeoutError as e:
    print('udp', e)
u.close()
v.close()


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


with socketserver.ThreadingUDPServer(('127.0.0.1', 0), Upper) as server:
    threading.Thread(target=server.serve_forever, daemon=True).start()
    w = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    w.settimeout(5)
    for msg in [b'hello', b'udp server']:
        w.sendto(msg, server.server_address)
        print(w.recvfrom(100)[0])
    w.close()
    server.shutdown()
