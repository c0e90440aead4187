# struct: float packing overflow rules (native f casts, standard f/e raise, ints report struct.error).
import struct
for f in ['<f','>f','@f','<d','<e','>e', '@e', '=f']:
    for v in [2**200, 2**1100, 1e300, 2**64, -1e39, float('inf'), 65520.0, True]:
        try: print(f, v if abs(v) < 1e30 else 'big', struct.pack(f, v))
        except Exception as e: print(f, 'big', type(e).__name__, e)
