"""Decimal fixed- and floating-point arithmetic (gowikibot).

A Decimal is sign, integer coefficient and exponent; results are exact and
then rounded to the context precision (28 digits, ROUND_HALF_EVEN by
default), as the General Decimal Arithmetic specification and CPython's
decimal module do, for: construction from str/int/float/tuple, str/repr,
+ - * / // % divmod, comparisons, hash (equal to int/float/Fraction's),
int/float, quantize, to_integral_value, normalize, round, as_tuple,
sqrt, and the context (getcontext, localcontext, prec, rounding, traps
for division by zero and invalid operations). Not provided: exp/ln/log10,
the other logical and fused operations, and signal flags.
"""
import math
import re
from collections import namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


def _signal(kind, cls):
    # CPython's C decimal raises the signal with the condition class in a list.
    return kind("[<class 'decimal.%s'>]" % cls.__name__)


class Context:
    """Precision, rounding and traps for arithmetic."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        self.prec = 28 if prec is None else prec
        self.rounding = ROUND_HALF_EVEN if rounding is None else rounding
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        self.flags = {}
        self.traps = {DivisionByZero: True, InvalidOperation: True, Overflow: True}
        if traps is not None:
            if isinstance(traps, dict):
                self.traps.update(traps)
            else:
                self.traps = {t: True for t in traps}

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)
        c.traps = dict(self.traps)
        return c

    __copy__ = copy

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal(f)._fix(self)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def clear_flags(self):
        self.flags = {}

    def clear_traps(self):
        self.traps = {}

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp))


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9, traps=[])
_context = [DefaultContext.copy()]


def getcontext():
    return _context[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
    _context[0] = context


class _LocalContext:
    def __init__(self, ctx):
        self.new = ctx

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *args):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or the current context) current."""
    c = (ctx or getcontext()).copy()
    for k, v in kwargs.items():
        setattr(c, k, v)
    return _LocalContext(c)


_NUMBER = re.compile(r"""
    \A(?P<sign>[-+])?
    (?:
        (?P<int>\d*)(?:\.(?P<frac>\d*))?(?:E(?P<exp>[-+]?\d+))?
      | Inf(?:inity)?
      | (?P<signal>s)?NaN(?P<diag>\d*)
    )\Z
""", re.VERBOSE | re.IGNORECASE)


def _round_digits(coeff, drop, rounding, negative):
    """coeff with its last drop digits removed, rounded."""
    if drop <= 0:
        return coeff
    div = 10 ** drop
    q, r = divmod(coeff, div)
    if r == 0:
        return q
    half = div // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = not negative
    elif rounding == ROUND_FLOOR:
        up = negative
    elif rounding == ROUND_05UP:
        up = q % 5 == 0
    else:
        raise ValueError('invalid rounding mode')
    return q + 1 if up else q


class Decimal:
    """A decimal floating-point number."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = ''
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            if value != value:
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
                return self
            if value in (float('inf'), float('-inf')):
                self._sign, self._int, self._exp, self._special = (1 if value < 0 else 0), 0, 0, 'F'
                return self
            n, d = abs(value).as_integer_ratio()
            k = d.bit_length() - 1
            self._sign = 1 if math.copysign(1.0, value) < 0 else 0
            self._int = n * 5 ** k
            self._exp = -k
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            self._sign = int(sign)
            if exp == 'F':
                self._int, self._exp, self._special = 0, 0, 'F'
            elif exp in ('n', 'N'):
                self._int, self._exp, self._special = 0, 0, exp
            else:
                self._int = int(''.join(str(d) for d in digits) or '0')
                self._exp = int(exp)
            return self
        if isinstance(value, str):
            m = _NUMBER.match(value.strip().replace('_', ''))
            if m is None:
                raise _signal(InvalidOperation, ConversionSyntax)
            self._sign = 1 if m.group('sign') == '-' else 0
            text = value.strip().lower()
            if 'nan' in text:
                self._int, self._exp = 0, 0
                self._special = 'N' if m.group('signal') else 'n'
                return self
            if 'inf' in text:
                self._int, self._exp, self._special = 0, 0, 'F'
                return self
            intpart = m.group('int') or ''
            frac = m.group('frac') or ''
            if not intpart and not frac:
                raise _signal(InvalidOperation, ConversionSyntax)
            self._int = int(intpart + frac or '0')
            self._exp = int(m.group('exp') or 0) - len(frac)
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        return cls(f)

    # -- helpers ---------------------------------------------------------

    @classmethod
    def _make(cls, sign, coeff, exp, special=''):
        d = object.__new__(cls)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
        return d

    def _fix(self, context=None):
        if self._special:
            return self
        context = context or getcontext()
        digits = len(str(self._int))
        if digits <= context.prec:
            return self
        drop = digits - context.prec
        coeff = _round_digits(self._int, drop, context.rounding, self._sign == 1)
        exp = self._exp + drop
        if len(str(coeff)) > context.prec:
            coeff //= 10
            exp += 1
        return Decimal._make(self._sign, coeff, exp)

    def _nan_check(self, other):
        if self._special in ('n', 'N'):
            return self
        if other is not None and other._special in ('n', 'N'):
            return other
        return None

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._special == 'F'

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and self._int == 0

    def is_normal(self, context=None):
        return not self._special and self._int != 0

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            return DecimalTuple(self._sign, (), self._special)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._special:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n, d)

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other):
        return Decimal._make(_convert(other)._sign, self._int, self._exp, self._special)

    # -- text -------------------------------------------------------------

    def __str__(self, eng=False):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special == 'n':
            return sign + 'NaN'
        if self._special == 'N':
            return sign + 'sNaN'
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            exp = 'E%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if not spec:
            return str(self)
        m = re.match(r'^(?P<fill>.?[<>=^])?(?P<sign>[-+ ])?(?P<zero>0)?(?P<width>\d+)?(?P<comma>,)?(?:\.(?P<prec>\d+))?(?P<type>[eEfFgG%n])?$', spec)
        if m is None:
            raise ValueError('Invalid format specifier')
        typ = m.group('type') or 'g'
        prec = m.group('prec')
        if typ in 'fF%':
            value = Decimal._make(self._sign, self._int, self._exp + 2, self._special) if typ == '%' else self
            if prec is not None:
                value = value.quantize(Decimal((0, (1,), -int(prec))))
            text = str(abs(value)) if value._exp <= 0 or value._int == 0 else format(int(abs(value)), 'd')
            if 'E' in text:
                text = format(float(abs(value)), 'f')
            if m.group('comma'):
                ip, _, fp = text.partition('.')
                ip = '{:,}'.format(int(ip))
                text = ip + ('.' + fp if fp else '')
            if typ == '%':
                text += '%'
            sign = '-' if value._sign and value._int else ('+' if m.group('sign') == '+' else (' ' if m.group('sign') == ' ' else ''))
            text = sign + text
        else:
            text = format(float(self), spec)
            return text
        width = int(m.group('width') or 0)
        if len(text) < width:
            fa = m.group('fill') or ''
            fill, align = (fa[:-1] or ' ', fa[-1]) if fa else ((('0', '=') if m.group('zero') else (' ', '>')))
            pad = width - len(text)
            if align == '<':
                text = text + fill * pad
            elif align == '^':
                text = fill * (pad // 2) + text + fill * (pad - pad // 2)
            elif align == '=' and text[:1] in '+- ':
                text = text[0] + fill * pad + text[1:]
            elif align == '=':
                text = fill * pad + text
            else:
                text = fill * pad + text
        return text

    # -- conversion -------------------------------------------------------

    def __int__(self):
        if self._special == 'F':
            raise OverflowError("cannot convert Infinity to integer")
        if self._special:
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special in ('n', 'N'):
            return float('nan')
        return float(str(self))

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(Decimal((0, (1,), -n)))

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return 314159 if not self._sign else -314159
        if self._exp >= 0:
            return hash(int(self))
        n, d = self._int, 10 ** -self._exp
        g = math.gcd(n, d)
        n, d = n // g, d // g
        if d == 1:
            return hash(-n if self._sign else n)
        modulus = 2 ** 61 - 1
        dinv = pow(d, modulus - 2, modulus)
        h = hash(hash(n) * dinv)
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # -- arithmetic -------------------------------------------------------

    def __neg__(self, context=None):
        if self._special:
            return self.copy_negate()
        if self._int == 0:
            return Decimal._make(0, 0, self._exp)
        return Decimal._make(1 - self._sign, self._int, self._exp)._fix(context)

    def __pos__(self, context=None):
        if self._int == 0 and not self._special:
            return Decimal._make(0, 0, self._exp)
        return self._fix(context)

    def __abs__(self, round=True, context=None):
        if self._special:
            return self.copy_abs()
        return Decimal._make(0, self._int, self._exp)._fix(context)

    def _aligned(self, other):
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        return (-a if self._sign else a), (-b if other._sign else b), e

    def __add__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        nan = self._nan_check(other)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                raise _signal(InvalidOperation, InvalidOperation)
            return self if self._special == 'F' else other
        a, b, e = self._aligned(other)
        s = a + b
        if s == 0:
            sign = 1 if (self._sign and other._sign) or ((context or getcontext()).rounding == ROUND_FLOOR and self._sign != other._sign) else 0
            return Decimal._make(sign, 0, e)._fix(context)
        return Decimal._make(1 if s < 0 else 0, abs(s), e)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        nan = self._nan_check(other)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                raise _signal(InvalidOperation, InvalidOperation)
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        nan = self._nan_check(other)
        if nan is not None:
            return nan
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                raise _signal(InvalidOperation, InvalidOperation)
            if self._special == 'F':
                return Decimal._make(sign, 0, 0, 'F')
            return Decimal._make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                raise _signal(InvalidOperation, DivisionUndefined)
            raise _signal(DivisionByZero, DivisionByZero)
        if self._int == 0:
            return Decimal._make(sign, 0, self._exp - other._exp)
        prec = context.prec
        shift = len(str(other._int)) - len(str(self._int)) + prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal = self._exp - other._exp
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return Decimal._make(sign, coeff, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divmod_int(self, other):
        if other._int == 0:
            if self._int == 0:
                raise _signal(InvalidOperation, DivisionUndefined)
            raise _signal(DivisionByZero, DivisionByZero)
        a, b, e = self._aligned(other)
        q = abs(a) // abs(b)
        r = abs(a) - q * abs(b)
        qsign = self._sign ^ other._sign
        return (Decimal._make(qsign, q, 0),
                Decimal._make(self._sign, r, e))

    def __floordiv__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return self._divmod_int(other)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self)

    def __mod__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return self._divmod_int(other)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__mod__(self)

    def __divmod__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return self._divmod_int(other)

    def __rdivmod__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__divmod__(self)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        if other._exp >= 0 and not other._special:
            n = int(other)
            if n >= 0:
                result = Decimal(1)
                base = self
                for _ in range(n):
                    result = result.__mul__(base, context)
                return result
            return Decimal(1).__truediv__(self.__pow__(Decimal(-n)), context)
        return Decimal(repr(float(self) ** float(other)))._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__pow__(self)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._special or self._sign and self._int:
            if self._special == 'F' and not self._sign:
                return self
            raise _signal(InvalidOperation, InvalidOperation)
        if self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)
        prec = context.prec + 1
        e = self._exp
        c = self._int
        # scale so that the integer square root has prec+1 digits
        shift = 2 * prec - len(str(c))
        if (e - shift) % 2:
            shift += 1
        if shift >= 0:
            c *= 10 ** shift
        else:
            c //= 10 ** -shift
        r = math.isqrt(c)
        exact = r * r == c
        if not exact:
            r = r * 10 + 1
            shift += 2
        rexp = (e - shift) // 2
        if exact:
            ideal = self._exp // 2
            while rexp < ideal and r % 10 == 0:
                r //= 10
                rexp += 1
        return Decimal._make(0, r, rexp)._fix(context)

    def _cmp(self, other):
        a, b, e = self._aligned(other)
        # (not (a > b) - (a < b): gpython's bools do no arithmetic)
        return 1 if a > b else (-1 if a < b else 0)

    def _compare_with(self, other, op):
        if isinstance(other, float):
            other = Decimal(other)
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            if op in ('eq',):
                return False
            if op == 'ne':
                return True
            raise _signal(InvalidOperation, InvalidOperation)
        if self._special == 'F' or other._special == 'F':
            sa = (-1 if self._sign else 1) if self._special == 'F' else 0
            sb = (-1 if other._sign else 1) if other._special == 'F' else 0
            c = 1 if sa > sb else (-1 if sa < sb else 0)
        else:
            c = self._cmp(other)
        return {'eq': c == 0, 'ne': c != 0, 'lt': c < 0, 'le': c <= 0, 'gt': c > 0, 'ge': c >= 0}[op]

    def __eq__(self, other):
        return self._compare_with(other, 'eq')

    def __ne__(self, other):
        return self._compare_with(other, 'ne')

    def __lt__(self, other):
        return self._compare_with(other, 'lt')

    def __le__(self, other):
        return self._compare_with(other, 'le')

    def __gt__(self, other):
        return self._compare_with(other, 'gt')

    def __ge__(self, other):
        return self._compare_with(other, 'ge')

    def compare(self, other, context=None):
        other = _convert(other)
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert(other)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other)
        return self if self._cmp(other) <= 0 else other

    # -- rounding -----------------------------------------------------------

    def _rescale(self, exp, rounding):
        if self._special:
            return self
        if exp <= self._exp:
            return Decimal._make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        coeff = _round_digits(self._int, exp - self._exp, rounding, self._sign == 1)
        return Decimal._make(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        exp = _convert(exp)
        context = context or getcontext()
        if self._special or exp._special:
            if self._special == exp._special == 'F':
                return self
            if self.is_nan() or exp.is_nan():
                return self if self.is_nan() else exp
            raise _signal(InvalidOperation, InvalidOperation)
        result = self._rescale(exp._exp, rounding or context.rounding)
        if len(str(result._int)) > context.prec:
            raise _signal(InvalidOperation, InvalidOperation)
        return result

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        return self._rescale(0, rounding or (context or getcontext()).rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        if self._special:
            return self
        d = self._fix(context)
        if d._int == 0:
            return Decimal._make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._make(d._sign, coeff, exp)

    def same_quantum(self, other, context=None):
        other = _convert(other)
        return self._exp == other._exp

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _convert(other, raiseit=True):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raiseit:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented
