# Discrete-event simulation of a bank queue with a deterministic random generator.
class Rand:
    def __init__(self, seed):
        self.x = seed
    def random(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.x >> 11) / 2 ** 53
    def expo(self, mean):
        r = self.random()
        t = 0.0
        n = 1
        term = 1.0
        while n < 40:
            term *= r / n
            t += term
            n += 1
        return mean * (1 - r) * 2
rng = Rand(2024)
arrivals = []
t = 0.0
for i in range(40):
    t += rng.expo(2.0)
    arrivals.append((round(t, 3), i, round(0.5 + rng.random() * 4, 3)))
def simulate(tellers):
    free_at = [0.0] * tellers
    waits, served_by = [], [0] * tellers
    for arrive, cid, service in arrivals:
        k = min(range(tellers), key=lambda j: (free_at[j], j))
        start = max(arrive, free_at[k])
        waits.append(start - arrive)
        free_at[k] = start + service
        served_by[k] += 1
    return sum(waits) / len(waits), max(waits), served_by, max(free_at)
print("first arrivals:", arrivals[:4])
for tellers in range(1, 5):
    avg, worst, served, end = simulate(tellers)
    print(f"{tellers} teller(s): avg wait {avg:7.3f} worst {worst:7.3f} served {served} closes {end:8.3f}")
