# A complex format spec refuses zero padding (the 0 flag or a '0' fill) before '=' alignment, with CPython's
# messages; other fills and alignments pad the whole number.
for spec in ('010f', '=10f', '0<10f', '010', '<010', '*<12', '*=12', '^20.3f', '0=10', '+010.2', '>16', '_^18.2e'):
    try:
        print(spec, repr(format(1.5 + 0.5j, spec)))
    except ValueError as e:
        print(spec, 'ValueError:', e)
