# int() of strs: digit runs, underscores, signs, spaces, Unicode digits and bases, as PyLong_FromString reads them.
cases = ['1_000', '1__0', '_1', '1_', '0_0', '  12  ', '١٢٣', '12a', '+_1', '-1_2', '1_2_3', '007', '0', '', ' ', '1 2', '٣_٤', '12_', '9'*30, '1e5', '1.0', '\t-42\n', '12\u00a0']
for c in cases:
    for b in (10, 0, 16):
        try: print(repr(c), b, int(c, b))
        except ValueError as e: print(repr(c), b, 'ValueError', e)
