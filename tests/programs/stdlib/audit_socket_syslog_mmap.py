# Audit events of socket, syslog and mmap, with CPython's arguments, after the arguments are checked.
import sys, socket, syslog, mmap

def hook(event, args):
    if event.split('.')[0] in ('socket', 'syslog', 'mmap'):
        shown = ['SOCK' if isinstance(a, socket.socket) else a for a in args]
        print(event, *shown)
sys.addaudithook(hook)

def attempt(f, *a):
    try:
        f(*a)
    except Exception as e:
        print('  ->', type(e).__name__)

attempt(socket.gethostname)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
attempt(s.bind, ('127.0.0.1', 0))
attempt(s.bind, 'not an address')
s.close()
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
attempt(s.connect_ex, ('127.0.0.1', 1))
s.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
attempt(u.sendto, b'x', ('127.0.0.1', 9))
attempt(u.sendto, b'x', 0, ('127.0.0.1', 9))
u.close()
attempt(socket.getaddrinfo, '127.0.0.1', 80)
attempt(socket.getaddrinfo, '127.0.0.1', None, socket.AF_INET, socket.SOCK_STREAM, 6)
attempt(socket.gethostbyname, '127.0.0.1')
attempt(socket.gethostbyname_ex, '127.0.0.1')
attempt(socket.gethostbyaddr, '127.0.0.1')
attempt(socket.getservbyname, 'http', 'tcp')
attempt(socket.getservbyname, 'http')
a, b = socket.socketpair()
a.close(); b.close()
socket.socket(fileno=socket.socket().detach()).close()
fresh = socket.socket.__new__(socket.socket)
print(fresh.family, fresh.type, fresh.proto)

syslog.openlog('python')
syslog.syslog('test')
syslog.setlogmask(syslog.LOG_DEBUG)
syslog.closelog()
syslog.syslog('test2')
syslog.openlog(logoption=syslog.LOG_NDELAY, facility=syslog.LOG_LOCAL0)
sys.argv = None
syslog.openlog()
syslog.closelog()

mmap.mmap(-1, 8)
mmap.mmap(-1, 8, access=mmap.ACCESS_WRITE)
attempt(mmap.mmap, -1, -1)
attempt(mmap.mmap, -1, 8, mmap.MAP_PRIVATE, access=mmap.ACCESS_WRITE)
attempt(mmap.mmap, -1, 8, access=7)
