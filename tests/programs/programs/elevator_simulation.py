# An elevator controller simulated tick by tick with a SCAN scheduling policy.
class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.direction = 0
        self.stops = set()
        self.log = []
        self.moved = 0
    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        self.stops.add(floor)
    def tick(self, t):
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.log.append((t, "open", self.floor))
            return
        if not self.stops:
            self.direction = 0
            return
        if self.direction == 0:
            nearest = min(self.stops, key=lambda f: (abs(f - self.floor), f))
            self.direction = 1 if nearest > self.floor else -1
        ahead = [f for f in self.stops if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        self.floor += self.direction
        self.moved += 1
requests = {0: [5, 2], 3: [8], 4: [1], 9: [0, 9], 15: [4], 16: [4, 3]}
e = Elevator(10)
for t in range(40):
    for f in requests.get(t, []):
        e.call(f)
    e.tick(t)
    if t % 5 == 0:
        print(f"t={t:2} floor={e.floor} dir={e.direction:+d} pending={sorted(e.stops)}")
for entry in e.log:
    print(entry)
print("floors travelled:", e.moved)
try:
    e.call(12)
except ValueError as err:
    print("ValueError:", err)
