# time.strptime checks the whole format before reading the data, as _strptime compiles it first: a bad
# directive or a stray % wins over data that does not match, raised from None over the KeyError/IndexError.
import time
for a in [('', '%D'), ('19', '%Y %'), ('x', '%.'), ('x', '% '), ('2020', '%Y%q'), ('5 ', '%d %'), ('12', '%d')]:
    try:
        print(time.strptime(*a)[:3])
    except ValueError as e:
        print(e, e.__suppress_context__, repr(e.__context__))
