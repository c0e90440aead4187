# decimal (the pure-Python _pydecimal): contexts, rounding, quantize, exact arithmetic.
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, InvalidOperation

print(D('0.1') + D('0.2'), D(1) / D(7), D('1.30') * 2, D('10') ** 20, D('-0'), D(0.1))
getcontext().prec = 10
print(D(2).sqrt(), D(1) / D(3), D('123.456').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP))
with localcontext() as ctx:
    ctx.prec = 40
    print(D(2).sqrt())
print(D('1e3').normalize(), D('100').normalize(), D('3.14').as_tuple(), D('NaN').is_nan(), D('-Inf'))
print(sorted([D('1.5'), D('-2'), D('0.25')]), D('1.10') == D('1.1'), hash(D('1.5')) == hash(1.5), int(D('7.9')), float(D('2.5')))
try:
    D('abc')
except InvalidOperation as e:
    print('InvalidOperation')
