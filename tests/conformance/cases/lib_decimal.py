from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero
import decimal

vals = ['0', '1', '-1.50', '123.456', '1e10', '1E-7', '0.000001', '-0', '1.23E+5', '100', '0.1', '5E+3', '  42 ', '1_000.5']
for v in vals:
    d = Decimal(v)
    print(repr(d), str(d), d.as_tuple(), d.adjusted(), int(d), float(d))
print(Decimal(0.1), Decimal(1.5), Decimal(-2.25), Decimal(10), Decimal((1, (3, 1, 4), -2)))
a, b = Decimal('1.1'), Decimal('2.20')
print(a + b, a - b, a * b, b / a, a / 3, Decimal(1) / Decimal(7), Decimal(10) / Decimal(4), Decimal(6) / Decimal(3))
print(Decimal('7') // Decimal('2'), Decimal('-7') // Decimal('2'), Decimal('7') % Decimal('-2'), Decimal('-7.5') % 2, divmod(Decimal('7.5'), 2))
print(a + 1, 2 * b, 1 - a, 10 / Decimal(4), Decimal('2') ** 10, Decimal('2') ** -2, Decimal('1.1') ** 2)
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01')),
      Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('7.5').quantize(Decimal('1')))
print(Decimal('1.2300').normalize(), Decimal('100').normalize(), Decimal('0.00').normalize(), Decimal('-12.5').to_integral_value())
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('1.2345'), 2), int(Decimal('-7.9')), Decimal('2').sqrt(), Decimal('16').sqrt(), Decimal('0.25').sqrt())
print(Decimal('1.0') == Decimal('1'), Decimal('1') == 1, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal('1.5') < 2, Decimal('-1') < Decimal('-0.5'))
print(hash(Decimal('1.0')) == hash(1), hash(Decimal('0.5')) == hash(0.5), hash(Decimal('2.50')) == hash(Decimal('2.5')))
print(sorted([Decimal('3'), Decimal('1.5'), Decimal('-2')]), max(Decimal('1'), Decimal('1.01')), sum([Decimal('0.1')] * 10))
print(Decimal('inf'), Decimal('-Infinity'), Decimal('nan'), Decimal('inf') > 10, Decimal('1').is_finite(), Decimal('nan').is_nan())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal('123456789') + 0, ctx.prec)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(getcontext().prec, getcontext().rounding, Decimal(1) / Decimal(3))
for bad in (lambda: Decimal('abc'), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0):
    try:
        bad()
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError), isinstance(e, ZeroDivisionError))
print(format(Decimal('1234.5678'), '.2f'), format(Decimal('0.5'), '%'), '{:>10}'.format(Decimal('3.1')), '{:,.2f}'.format(Decimal('1234567.891')))
print(Decimal('12.345').as_integer_ratio(), Decimal('-0.5').copy_abs(), -Decimal('0.0'), +Decimal('-0'))
print(decimal.Decimal('7.1') % 1, int(60 * (Decimal('10.5') % 1)), Decimal('1e3') + 1, Decimal('1E+3') * 1)
