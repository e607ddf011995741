# cmath: every function on a grid of points (printed to 12 significant
# digits: gowikibot's real functions are Go's, not glibc's, and may differ
# in the last digit), exact results, errors, constants and complex reprs.
import cmath
import math


def r(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(r(x) for x in v) + ')'
    if isinstance(v, complex):
        return '%.12g%+.12gj' % (v.real, v.imag)
    if isinstance(v, float):
        return '%.12g' % v
    return repr(v)


points = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2.5 + 0.5j, 0.3 - 0.7j, 1e-8 + 1e-8j,
          10 + 10j, -3 - 4j, 0.5, 3, -4, True, 1e-300 + 1e-300j, 1e300 + 1e300j]
names = ['exp', 'log', 'log10', 'sqrt', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
         'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh', 'phase', 'polar']
for name in names:
    f = getattr(cmath, name)
    out = []
    for p in points:
        try:
            out.append(r(f(p)))
        except (ValueError, OverflowError) as e:
            out.append('%s: %s' % (type(e).__name__, e))
    print(name, ' | '.join(out))

# exact values
print(cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(-1), cmath.sqrt(0j), cmath.sqrt(complex(0.0, -0.0)))
print(cmath.exp(0), cmath.log(1), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j))
print(cmath.rect(1, 0), cmath.rect(2, 0), cmath.rect(0, 1))
print(r(cmath.rect(2, math.pi / 2)), r(cmath.log(100, 10)), r(cmath.log(8, 2)), r(cmath.log(1j, 1j)))
print(cmath.log(-1), cmath.log10(1000))

# constants
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)

# predicates and isclose
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(math.inf, 0)), cmath.isinf(cmath.infj),
      cmath.isnan(cmath.nanj), cmath.isnan(1j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1 + 1j, 1 + 1.1j),
      cmath.isclose(1j, 1.05j, rel_tol=0.1), cmath.isclose(0j, 1e-10j, abs_tol=1e-9),
      cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.nanj, cmath.nanj))

# errors
for call in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j),
             lambda: cmath.sqrt('x'), lambda: cmath.atanh(1), lambda: cmath.log(1, 1),
             lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.sqrt(), lambda: cmath.log10(0j),
             lambda: cmath.rect(1, math.inf)]:
    try:
        print(call())
    except Exception as e:
        print('%s: %s' % (type(e).__name__, e))


# argument conversion
class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 16.0


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.polar(C()), cmath.phase(2 ** 70))

# complex reprs
print(1j, -1j, 2 + 0j, complex(-0.0, 1), complex(0.0, -0.0), complex(math.inf, math.nan),
      complex(1e16, 1e-5), [0.5j, -2j], str(3j), '%s|%r' % (1j, 1 + 1j), type(1j).__name__)

# complex numbers: parsing, hashing, formatting
print(complex('1+2j'), complex(' 3j '), complex('-1.5e3-2j'), complex('inf+nanj'), complex('(1+2j)'), complex('7'))
print(complex('j'), complex('-j'), complex('1-j'), complex('1e-3+1e+3j'), complex('1_0j'), complex(' ( -2.5 ) '))
for bad in ['1+', 'j1', '1 + 2j', '', '()', 'x', '1..2j', '1__0']:
    try:
        print(complex(bad))
    except ValueError as e:
        print('ValueError', e)
try:
    complex('1', 2)
except TypeError as e:
    print('TypeError', e)
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(1+2j), hash(-3.5-1j), {1: 'a'}[1+0j])
print(format(1+2j, '.2f'), format(1.5-2j, ''), '{:>12}'.format(3j), format(1j, 'g'), format(1+1j, '>10'),
      format(-0.0+1j, ''), format(1.23456789+2j, '.3'), format(1+2j, '+.1e'), format(2j, '^9.1f'), format(1+1j, '*<10'))
for bad in ['010', '=10', '%']:
    try:
        print(format(1+1j, bad))
    except ValueError as e:
        print('ValueError', e)
