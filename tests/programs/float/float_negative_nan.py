# float('-nan') and float.fromhex('-nan') carry the sign bit (copysign and struct.pack show it); repr is 'nan'.
import math
import struct

for s in ['nan', '-nan', '+nan', ' -NaN ', '-NAN']:
    x = float(s)
    print(repr(s), repr(x), math.copysign(1, x), struct.pack('>d', x).hex())
for s in ['nan', '-nan', '+nan']:
    x = float.fromhex(s)
    print(repr(s), repr(x), math.copysign(1, x))
print(math.copysign(1, -float('nan')), math.copysign(1, -float('-nan')))
