# Argument errors of int.to_bytes/from_bytes and itertools.accumulate, as Argument Clinic words them: all arguments counted first.
import itertools
for src in ['(1).to_bytes(1, "big", signed=True, byteorder="x")', '(1).to_bytes(1,2,3)', '(1).to_bytes(1,2,3,4)', 'int.from_bytes()',
            'int.from_bytes(b"", "big", True)', '(1).to_bytes(1, "big", signed=True, foo=2)', '(1).to_bytes(length=1, length2=3)',
            'int.from_bytes(b"\\x01\\x02", byteorder="little", signed=True)', '(258).to_bytes(2, "little")', '(1).to_bytes(signed=True)',
            'itertools.accumulate([1], None, initial=1, x=2)', 'itertools.accumulate([1], None, 1)']:
    try:
        print(eval(src))
    except Exception as e:
        print(type(e).__name__, e)
