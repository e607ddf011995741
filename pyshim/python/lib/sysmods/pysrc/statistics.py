"""Basic statistics of numeric data (gowikibot).

Sums are exact (with fractions) and converted to the data's type at the
end, as CPython's statistics module does, so means and variances of ints,
floats, Fractions and Decimals come out as CPython's.
"""
import math
import numbers
import random
from collections import Counter, namedtuple
from decimal import Decimal
from fractions import Fraction
from bisect import bisect_left, bisect_right

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
           'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _exact(x):
    if isinstance(x, Fraction):
        return x
    if isinstance(x, Decimal):
        return Fraction(*x.as_integer_ratio())
    if isinstance(x, bool):
        return Fraction(int(x))
    if isinstance(x, int):
        return Fraction(x)
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            raise ValueError
        return Fraction(*x.as_integer_ratio())
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _sum(data):
    """(type, exact sum, count) of data."""
    T = None
    total = Fraction(0)
    n = 0
    special = None
    for x in data:
        n += 1
        T = _coerce(T, type(x))
        try:
            total += _exact(x)
        except ValueError:
            special = x if special is None else special + x
    return T, (special if special is not None else total), n


def _coerce(T, S):
    if T is None or T is S:
        return S
    if S is bool:
        return T
    if T is bool:
        return S
    if issubclass(S, int) and not issubclass(T, int) or T is int:
        if T is int:
            return S
        return T
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _convert(value, T):
    if not isinstance(value, Fraction):
        return value
    if T is int or T is bool:
        T = Fraction if value.denominator != 1 else int
    if T is int:
        return int(value)
    if T is Fraction:
        return value
    if T is Decimal:
        return Decimal(value.numerator) / Decimal(value.denominator)
    if T is float:
        return value.numerator / value.denominator
    try:
        return T(value)
    except TypeError:
        return T(value.numerator) / T(value.denominator)


def _fraction_to_float(value):
    return value.numerator / value.denominator


def mean(data):
    """The arithmetic mean of data."""
    data = list(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    T, total, n = _sum(data)
    if not isinstance(total, Fraction):
        return total / n
    result = total / n
    if T is int and result.denominator != 1:
        return _fraction_to_float(result)
    return _convert(result, T)


def fmean(data, weights=None):
    """The mean of data as a float."""
    data = [float(x) for x in data]
    if weights is None:
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    weights = [float(w) for w in weights]
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    data = [float(x) for x in data]
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        weights = [1] * len(data)
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    T = type(data[0])
    total = sum(Fraction(w) / _exact(x) for x, w in zip(data, weights))
    result = Fraction(sum(weights)) / total
    return _convert(result, T if T is not int else float) if T is not int else _fraction_to_float(result)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first seen among equally common ones)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def _ss(data, c=None):
    """(type, sum of squared deviations, count) with exact arithmetic."""
    T, total, n = _sum(data)
    if not isinstance(total, Fraction):
        raise StatisticsError('variance of non-finite data')
    if c is None:
        c = total / n
    else:
        c = _exact(c)
    ss = sum((_exact(x) - c) ** 2 for x in data)
    ss -= sum(_exact(x) - c for x in data) ** 2 / n
    return T, ss, n


def variance(data, xbar=None):
    """The sample variance of data."""
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    T, ss, n = _ss(data, xbar)
    return _convert(ss / (n - 1), T if T is not int else (int if (ss / (n - 1)).denominator == 1 else float))


def pvariance(data, mu=None):
    """The population variance of data."""
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, ss, n = _ss(data, mu)
    return _convert(ss / n, T if T is not int else (int if (ss / n).denominator == 1 else float))


def _sqrt_of(value, T):
    if T is Decimal:
        return value.sqrt() if isinstance(value, Decimal) else Decimal(value).sqrt()
    return math.sqrt(value)


def stdev(data, xbar=None):
    """The sample standard deviation of data."""
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    T, ss, n = _ss(data, xbar)
    var = ss / (n - 1)
    if T is Decimal:
        return (Decimal(var.numerator) / Decimal(var.denominator)).sqrt()
    return _float_sqrt_of_frac(var.numerator, var.denominator)


def pstdev(data, mu=None):
    """The population standard deviation of data."""
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    T, ss, n = _ss(data, mu)
    var = ss / n
    if T is Decimal:
        return (Decimal(var.numerator) / Decimal(var.denominator)).sqrt()
    return _float_sqrt_of_frac(var.numerator, var.denominator)


def _float_sqrt_of_frac(n, m):
    """The correctly rounded square root of n/m as a float."""
    # integer square root with 100 extra bits; int / int rounds correctly
    r = math.isqrt(n * 2 ** 200 // m) if m else 0
    return r / 2 ** 100


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def covariance(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = fmean(x)
        ybar = fmean(y)
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """Normal distribution of a random variable."""

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        return cls(fmean(data), stdev(data))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma ** 2.0

    def pdf(self, x):
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def samples(self, n, *, seed=None):
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'
