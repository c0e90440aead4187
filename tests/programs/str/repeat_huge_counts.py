import sys
for seq in ('a', '', b'a', b'', [0], [], (0,), (), bytearray(b'a'), bytearray()):
    for n in (2**40, 2**53 + 1, 2**62, sys.maxsize, 2**63, -2**63, -2**64):
        try:
            r = seq * n
            print(type(seq).__name__, n, 'ok', len(r))
        except Exception as e:
            print(type(seq).__name__, n, type(e).__name__, e)
    for n in (2**62, 2**64):
        x = seq
        try:
            x *= n
            print('i', type(seq).__name__, n, 'ok', len(x))
        except Exception as e:
            print('i', type(seq).__name__, n, type(e).__name__, e)
import array
for n in (2**40, 2**62, 2**63):
    try:
        array.array('b', [1]) * n
    except Exception as e:
        print('array', n, type(e).__name__, e)
try: 'ab'.center(2**62)
except Exception as e: print(type(e).__name__, e)
try: 'ab'.ljust(2**40)
except Exception as e: print(type(e).__name__, e)
try: 'a\tb'.expandtabs(2**40)
except Exception as e: print(type(e).__name__, e)
try: 'ab'.zfill(2**62)
except Exception as e: print(type(e).__name__, e)
try: bytes(2**62)
except Exception as e: print(type(e).__name__, e)
try: bytearray(2**40)
except Exception as e: print(type(e).__name__, e)
