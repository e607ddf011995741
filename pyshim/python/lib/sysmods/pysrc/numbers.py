"""Abstract base classes for numbers (gowikibot)."""
from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """The root of the numeric hierarchy."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    __slots__ = ()


class Real(Complex):
    __slots__ = ()


class Rational(Real):
    __slots__ = ()


class Integral(Rational):
    __slots__ = ()


# (each level registered: isinstance through a registered subclass is
# not followed by gowikibot's abc)
for _t in (complex, float, int, bool, type(2 ** 100)):
    Number.register(_t)
    Complex.register(_t)
for _t in (float, int, bool, type(2 ** 100)):
    Real.register(_t)
for _t in (int, bool, type(2 ** 100)):
    Rational.register(_t)
    Integral.register(_t)
del _t
