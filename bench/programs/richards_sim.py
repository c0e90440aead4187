# Method calls and attribute access: a small operating-system-like task scheduler simulation
# (in the spirit of Richards): tasks with queues of packets, a scheduler picking by priority.
class Packet:
    __slots__ = ('link', 'ident', 'kind', 'datum', 'data')

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, sched, ident, prio, work):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = None
        self.waiting = False
        self.held = False
        self.count = 0
        self.work = work

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
            self.waiting = False
        return p

    def give(self, packet):
        self.queue = packet.append_to(self.queue)
        self.waiting = False

    def step(self):
        self.count += 1
        return self.work(self)


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.hold_count = 0
        self.qpkt_count = 0
        self.checksum = 0

    def add(self, ident, prio, work):
        t = Task(self, ident, prio, work)
        self.tasks.append(t)
        self.tasks.sort(key=lambda t: -t.prio)
        return t

    def send(self, packet, dest):
        self.qpkt_count += 1
        packet.ident = dest.ident
        dest.give(packet)

    def run(self, steps):
        tasks = self.tasks
        for _ in range(steps):
            for t in tasks:
                if t.runnable():
                    t.step()
                    break
            else:
                for t in tasks:
                    t.held = False


def make_system():
    s = Scheduler()
    state = {'v': 0}

    def idle(t):
        state['v'] = (state['v'] * 75 + 74) % 65537
        if state['v'] & 1:
            s.send(Packet(None, 0, 1), workers[state['v'] % 2])
        else:
            s.send(Packet(None, 0, 2), devices[state['v'] % 2])
        if t.count % 7 == 0:
            t.held = True
            s.hold_count += 1
        return t

    def worker(t):
        p = t.take()
        if p is None:
            t.waiting = True
            return t
        for i in range(4):
            p.data[i] = (p.data[i] + t.count + i) % 26
        p.datum = sum(p.data)
        s.checksum = (s.checksum + p.datum * t.ident) % 1000003
        s.send(p, devices[p.datum % 2])
        return t

    def device(t):
        p = t.take()
        if p is None:
            t.waiting = True
            return t
        s.checksum = (s.checksum * 31 + p.datum + p.kind) % 1000003
        return t

    s.add(0, 0, idle)
    workers = [s.add(1, 1000, worker), s.add(2, 1000, worker)]
    devices = [s.add(3, 4000, device), s.add(4, 5000, device)]
    return s


total = 0
for rep in range(6):
    sysm = make_system()
    sysm.run(250000)
    total += sysm.checksum + sysm.qpkt_count + sysm.hold_count
    print(sysm.checksum, sysm.qpkt_count, sysm.hold_count, [t.count for t in sysm.tasks])
print(total)
