x = 1
print(x.real, x.imag, x.numerator, x.denominator, (2**70).real, True.real, type(True.real).__name__, (1.5).real, (1.5).imag)
print("real" in dir(1), "imag" in dir(1.0))
class I(int):
    pass
print(I(4).real, type(I(4).real).__name__, (3).conjugate())
import fractions
print(fractions.Fraction(6).numerator, sum(v.real for v in [1, 2.5, True]), [n.imag for n in (0, 2.0)])
try:
    (1).reel
except AttributeError as e:
    print(e)
