# selectors-based server, socketserver.ThreadingTCPServer, http.server with urllib.request.
import http.server
import selectors
import socket
import socketserver
import threading
import urllib.request

sel = selectors.DefaultSelector()
lsock = socket.socket()
lsock.bind(('127.0.0.1', 0))
lsock.listen()
lsock.setblocking(False)
sel.register(lsock, selectors.EVENT_READ, 'listen')


def loop():
    served = 0
    while served < 2:
        for key, mask in sel.select(timeout=5):
            if key.data == 'listen':
                conn, _ = lsock.accept()
                conn.setblocking(False)
                sel.register(conn, selectors.EVENT_READ, 'conn')
            else:
                data = key.fileobj.recv(100)
                if data:
                    key.fileobj.sendall(data * 2)
                else:
                    sel.unregister(key.fileobj)
                    key.fileobj.close()
                    served += 1


t = threading.Thread(target=loop)
t.start()
for msg in [b'ab', b'xyz']:
    with socket.create_connection(lsock.getsockname()) as c:
        c.sendall(msg)
        print(c.recv(100))
t.join()
sel.close()
lsock.close()


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline().upper())


with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo) as server:
    threading.Thread(target=server.serve_forever, daemon=True).start()
    for w in [b'one\n', b'two\n']:
        with socket.create_connection(server.server_address) as c:
            c.sendall(w)
            print(c.makefile('rb').readline())
    server.shutdown()


class Quiet(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ('path=' + self.path).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


srv = http.server.HTTPServer(('127.0.0.1', 0), Quiet)
threading.Thread(target=srv.serve_forever, daemon=True).start()
with urllib.request.urlopen(f'http://127.0.0.1:{srv.server_port}/hello?x=1') as r:
    print(r.status, r.headers['Content-Type'], r.read())
try:
    urllib.request.urlopen(f'http://127.0.0.1:{srv.server_port}/missing', data=b'x')
except urllib.error.HTTPError as e:
    print('HTTPError', e.code)
srv.shutdown()
srv.server_close()
