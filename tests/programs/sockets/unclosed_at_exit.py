# Sockets left open when the program ends warn as CPython's sock_finalize does at shutdown ("sys:1");
# closed and detached ones do not.
import socket, warnings
warnings.simplefilter('default')

class Named(socket.socket):
    def __repr__(self):
        return f'<Named {self.family.name} {self.type.name}>'

a = Named()
b = Named(socket.AF_INET, socket.SOCK_DGRAM)
c = Named(); c.close()
d = Named(); d.detach()
with Named() as e:
    pass
print('end')
