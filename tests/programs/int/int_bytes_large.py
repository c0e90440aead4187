# int.to_bytes/from_bytes and random.getrandbits/randbytes of large sizes (linear now: 100 kB took seconds)
# and the edge lengths and signs.
import random, time
t = time.process_time()
random.seed(5)
x = random.getrandbits(800000)
b = x.to_bytes(100000, 'little')
y = int.from_bytes(b, 'little')
print(x == y, hash(b) == hash(bytes(b)), b[:8].hex(), b[-8:].hex(), (-5).to_bytes(3, 'big', signed=True).hex(), (255).to_bytes(2, 'little').hex(), (1).to_bytes(0 if False else 1, 'big'))
print(len(random.randbytes(100000)), random.getrandbits(70), random.getrandbits(33))
for v, n, s in [(0, 0, False), (0, 3, False), (-1, 1, True), (2**64 - 1, 8, False), (-2**63, 8, True), (0x1234567, 5, False)]:
    print(v.to_bytes(n, 'big', signed=s).hex(), v.to_bytes(n, 'little', signed=s).hex())
print(time.process_time() - t < 100)
