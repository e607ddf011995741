"""pywikibot.date: dates and years written as wiki article titles in a
language ("January 5", "5 janvier", "44 BC").

gowikibot knows the day-of-month and year formats of en, fr, nl, pl and
ru (and the days of the month of wa and br); other languages raise KeyError(lang), as pywikibot does for the
languages it has no format for.
"""
import datetime

__all__ = ['format_date', 'formatYear', 'apply_month_delta', 'get_month_delta',
           'enMonthNames', 'dayMnthFmts', 'yrMnthFmts', 'IllegalMonthError', 'MonthNames']

enMonthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December']
dayMnthFmts = ['Day_' + s for s in enMonthNames]
yrMnthFmts = ['Year_' + s for s in enMonthNames]

# language: (day-of-month pattern with {day} and {month}, month names in
# the grammatical form that pattern needs)
_DAY_OF_MONTH = {
    'en': ('{month} {day}', enMonthNames),
    'fr': ('{day} {month}', ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet',
                             'août', 'septembre', 'octobre', 'novembre', 'décembre']),
    'nl': ('{day} {month}', ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli',
                             'augustus', 'september', 'oktober', 'november', 'december']),
    'pl': ('{day} {month}', ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca',
                             'lipca', 'sierpnia', 'września', 'października', 'listopada',
                             'grudnia']),
    'ru': ('{day} {month}', ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля',
                             'августа', 'сентября', 'октября', 'ноября', 'декабря']),
}

_YEAR_AD = {'ru': '{} год'}
_YEAR_BC = {'en': '{} BC', 'fr': '{} av. J.-C.', 'nl': '{} v.Chr.', 'pl': '{} p.n.e.',
            'ru': '{} год до н. э.'}


class IllegalMonthError(ValueError):
    """A month number outside 1..12 (calendar.IllegalMonthError)."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number {}; must be 1-12'.format(self.month)


def _month_days(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    if month == 12:
        return 31
    return (datetime.date(year, month + 1, 1) - datetime.date(year, month, 1)).days


def _lang(lang):
    if not lang:
        import pywikibot
        return pywikibot.Site().lang
    if hasattr(lang, 'lang'):
        return lang.lang
    return lang


def format_date(month, day, lang=None, year=2000):
    """The title of day month in lang (a language code or a site; the
    default site's language when None), e.g. 'January 5'. ValueError for a
    day the month (of year; 2000 is a leap year) has not,
    IllegalMonthError for a month outside 1..12."""
    lang = _lang(lang)
    max_day = _month_days(year, month)
    if not 1 <= day <= max_day:
        raise ValueError('Wrong day value {}; must be 1-{}'.format(day, max_day))
    if lang not in _DAY_OF_MONTH:
        day_format = formats[dayMnthFmts[month - 1]]
        if lang in day_format.data:
            # a language whose formats are set up below (wa, br)
            return day_format[lang](day)
        raise KeyError(lang)
    pattern, names = _DAY_OF_MONTH[lang]
    return pattern.format(day=day, month=names[month - 1])


def formatYear(lang, year):
    """The title of year in lang: '2024', '44 BC'."""
    if year < 0:
        if lang not in _YEAR_BC:
            raise KeyError(lang)
        return _YEAR_BC[lang].format(-year)
    return _YEAR_AD.get(lang, '{}').format(year)


def apply_month_delta(date, month_delta=1, add_overlap=False):
    """date moved by month_delta months; a day the new month has not
    becomes its last day (or, with add_overlap, the overflow days into
    the month after)."""
    if int(month_delta) != month_delta:
        raise ValueError('Month delta must be an integer')
    month = (date.month - 1) + month_delta
    year = date.year + month // 12
    month = month % 12 + 1
    days = _month_days(year, month)
    if date.day <= days:
        return date.replace(year=year, month=month)
    new = date.replace(year=year, month=month, day=days)
    if add_overlap:
        new += datetime.timedelta(days=date.day - days)
    return new


def get_month_delta(date1, date2):
    """The number of months from date1's month to date2's (days are not
    counted)."""
    return (date2.year - date1.year) * 12 + date2.month - date1.month


# -- pywikibot's date machinery: patterns that format a value as a title
# and read it back (formats[name][lang](value) and (title)) --

import re as _re  # noqa: E402
from collections import abc as _abc  # noqa: E402
from collections import defaultdict as _defaultdict  # noqa: E402

from pywikibot import Site  # noqa: E402,F401 (as pywikibot's)
from pywikibot.site import BaseSite  # noqa: E402,F401 (as pywikibot's)
from pywikibot.tools import deprecate_arg, first_lower, first_upper  # noqa: E402,F401 (as pywikibot's)
from pywikibot.userinterfaces.transliteration import NON_LATIN_DIGITS  # noqa: E402

brMonthNames = ['Genver', "C'hwevrer", 'Meurzh', 'Ebrel', 'Mae', 'Mezheven', 'Gouere', 'Eost', 'Gwengolo',
                'Here', 'Du', 'Kerzu']
waMonthNames = ['djanvî', 'fevrî', 'måss', 'avri', 'may', 'djun', 'djulete', 'awousse', 'setimbe',
                'octôbe', 'nôvimbe', 'decimbe']

adDateFormats = ['YearAD', 'DecadeAD', 'CenturyAD', 'MillenniumAD']
bcDateFormats = ['YearBC', 'DecadeBC', 'CenturyBC', 'MillenniumBC']
dateFormats = bcDateFormats + adDateFormats
decadeFormats = ['DecadeAD', 'DecadeBC']
centuryFormats = ['CenturyAD', 'CenturyBC']
yearFormats = ['YearAD', 'YearBC']
millFormats = ['MillenniumAD', 'MillenniumBC']
snglValsFormats = ['CurrEvents']


def multi(value, tuplst):
    """Format value (an int) with the first (function, predicate) of
    tuplst whose predicate accepts it; read a title (a str) with the first
    function that reads it to a value its predicate accepts."""
    if isinstance(value, str):
        for func, pred in tuplst:
            try:
                res = func(value)
            except ValueError:
                continue
            if pred(res):
                return res
        raise ValueError('could not find a matching function')
    if not isinstance(value, int):
        raise NotImplementedError('multi function is not implemented for type {}'.format(type(value).__name__))
    for func, pred in tuplst:
        if pred(value):
            return func(value)
    raise ValueError('could not find a matching function')


def dh_noConv(value, pattern, limit):
    """dh of value with pattern, the value as it is, within limit."""
    return dh(value, pattern, lambda i: i, decSinglVal, limit)


def dh_dayOfMnth(value, pattern):
    """A day of a month (1..31)."""
    return dh_noConv(value, pattern, formatLimits[dayMnthFmts[0]][0])


def dh_mnthOfYear(value, pattern):
    """The year of a month-of-year title."""
    return dh_noConv(value, pattern, _formatLimit_MonthOfYear[0])


def dh_decAD(value, pattern):
    """A decade AD (the year rounded down to its decade)."""
    return dh(value, pattern, encDec0, decSinglVal, formatLimits['DecadeAD'][0])


def dh_decBC(value, pattern):
    """A decade BC."""
    return dh(value, pattern, encDec0, decSinglVal, formatLimits['DecadeBC'][0])


def dh_yearBC(value, pattern):
    """A year BC."""
    return dh_noConv(value, pattern, formatLimits['YearBC'][0])


def dh_yearAD(value, pattern):
    """A year AD."""
    return dh_noConv(value, pattern, formatLimits['YearAD'][0])


def dh_simpleYearAD(value):
    """A year AD written as its number."""
    return dh_yearAD(value, '%d')


def dh_number(value, pattern):
    """A number."""
    return dh_noConv(value, pattern, formatLimits['Number'][0])


def dh_centuryAD(value, pattern):
    """A century AD."""
    return dh_noConv(value, pattern, formatLimits['CenturyAD'][0])


def dh_centuryBC(value, pattern):
    """A century BC."""
    return dh_noConv(value, pattern, formatLimits['CenturyBC'][0])


def dh_millenniumAD(value, pattern):
    """A millennium AD."""
    return dh_noConv(value, pattern, formatLimits['MillenniumAD'][0])


def dh_millenniumBC(value, pattern):
    """A millennium BC."""
    return dh_noConv(value, pattern, formatLimits['MillenniumBC'][0])


def decSinglVal(v):
    """The first item of v."""
    return v[0]


def encDec0(i):
    """i rounded down to its decade (the decade's year ending in 0)."""
    return (i // 10) * 10


def encDec1(i):
    """The decade's year ending in 1."""
    return encDec0(i) + 1


def slh(value, lst):
    """The value-th item of lst (counted from 1); for a str, its number."""
    if isinstance(value, str):
        return lst.index(value) + 1
    return lst[value - 1]


def dh_singVal(value, match):
    """match for the value 0 (and 0 for match)."""
    return dh_constVal(value, 0, match)


def dh_constVal(value, ind, match):
    """match for the value ind, and ind for match; ValueError else."""
    if isinstance(value, str):
        if value == match:
            return ind
    elif value == ind:
        return match
    raise ValueError('unknown value {}'.format(value))


def alwaysTrue(x):
    """True, whatever x is."""
    return True


def monthName(lang, ind):
    """The name of month ind (1..12) in lang."""
    return formats['MonthName'][lang](ind)


def intToLocalDigitsStr(value, digitsToLocalDict):
    """value written with the digits of digitsToLocalDict (a str.translate
    table)."""
    return str(value).translate(digitsToLocalDict)


def localDigitsStrToInt(value, digitsToLocalDict, localToDigitsDict):
    """The number written with local digits (ValueError for Latin ones)."""
    if value.translate(digitsToLocalDict) == value:
        return int(value.translate(localToDigitsDict))
    raise ValueError('string contains regular digits')


_ROMAN = ['-', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']
_romanNumbers = _ROMAN + ['X' + r for r in [''] + _ROMAN[1:]] + ['XX' + r for r in [''] + _ROMAN[1:]] + [
    'XXX', 'XXXI']


def intToRomanNum(i):
    """i (0..31) as a Roman numeral ('-' for 0); IndexError else."""
    if not 0 <= i < len(_romanNumbers):
        raise IndexError('Roman value {} is not defined'.format(i))
    return _romanNumbers[i]


def romanNumToInt(v):
    """The number of a Roman numeral of intToRomanNum."""
    return _romanNumbers.index(v)


_decimalDigits = '0123456789'


def _local_decoder(lang):
    digits = NON_LATIN_DIGITS[lang]
    to_local = {ord(str(i)): digits[i] for i in range(10)}
    to_latin = {ord(digits[i]): str(i) for i in range(10)}
    return (digits, lambda v: intToLocalDigitsStr(v, to_local),
            lambda v: localDigitsStrToInt(v, to_local, to_latin))


# pattern letter: '%' itself, or (its digits, int -> str, str -> int)
_digitDecoders = {
    '%': '%',
    'd': (_decimalDigits, str, int),
    'R': ('IVX', intToRomanNum, romanNumToInt),
    'K': _local_decoder('kn'),
    'F': _local_decoder('fa'),
    'H': _local_decoder('hi'),
    'B': _local_decoder('bn'),
    'G': _local_decoder('gu'),
    'T': (_decimalDigits, lambda v: str(v + 543), lambda v: int(v) - 543),
}
_reParameters = _re.compile('|'.join('(%[1-9]?{})'.format(k) for k in _digitDecoders))
_escPtrnCache2 = {}


def escapePattern2(pattern):
    """(regex matching pattern's titles, pattern as a %-format, the
    decoders of its parameters) for a pattern with %d, %R, %K, %F, %H,
    %B, %G, %T (a digit after % pads to that many digits) and %%."""
    if pattern in _escPtrnCache2:
        return _escPtrnCache2[pattern]
    regex, fmt, decoders = '', '', []
    for part in _reParameters.split(pattern):
        if part is None:
            continue
        if (len(part) in (2, 3) and part[0] == '%' and part[-1] in _digitDecoders
                and (len(part) == 2 or part[1] in _decimalDigits)):
            dec = _digitDecoders[part[-1]]
            if isinstance(dec, str):
                assert len(part) < 3, 'Invalid pattern {}: Cannot use zero padding size in {}!'.format(
                    pattern, part)
                regex += _re.escape(dec)
                fmt += part
            elif len(part) == 3:
                regex += '([{}]{{{}}})'.format(dec[0], part[1])
                decoders.append(dec + (int(part[1]),))
                fmt += '%s'
            else:
                regex += '([{}]+)'.format(dec[0])
                decoders.append(dec)
                fmt += '%s'
        else:
            regex += _re.escape(part)
            fmt += part
    _escPtrnCache2[pattern] = (_re.compile(regex + '$'), fmt, decoders)
    return _escPtrnCache2[pattern]


def _make_parameter(decoder, param):
    text = decoder[1](param)
    if len(decoder) == 4 and len(text) < decoder[3]:
        text = decoder[0][0] * (decoder[3] - len(text)) + text
    return text


def dh(value, pattern, encf, decf, filter_func=None, **kwargs):
    """Write value (an int) with pattern, encf turning it into the
    pattern's parameters; or read a title (a str) back to its value with
    decf, when writing that value gives the title again. A value that
    filter_func refuses is a ValueError. (filter, its old name, is taken
    with pywikibot's FutureWarning.)"""
    if kwargs:
        filter_func = _renamed_arg(kwargs, 'filter', 'filter_func', filter_func, 'pywikibot.date.dh')
    regex, fmt, decoders = escapePattern2(pattern)
    if isinstance(value, str):
        m = regex.match(value)
        if m:
            values = [dec[2](m.group(i)) for i, dec in enumerate(decoders, start=1)]
            decoded = decf(values)
            assert not isinstance(decoded, str), 'Decoder must not return a string!'
            if value == dh(decoded, pattern, encf, decf, filter_func):
                return decoded
        raise ValueError("reverse encoding didn't match")
    if filter_func and not filter_func(value):
        raise ValueError('value {} is not allowed'.format(value))
    params = encf(value)
    if isinstance(params, (tuple, list)):
        assert len(params) == len(decoders), 'parameter count ({}) does not match decoder count ({})'.format(
            len(params), len(decoders))
        return fmt % tuple(_make_parameter(decoders[i], p) for i, p in enumerate(params))
    assert len(decoders) == 1, 'A single parameter does not match {} decoders.'.format(len(decoders))
    return fmt % _make_parameter(decoders[0], params)


def _dh_params(value, pattern, encf, decf, filter_func=None):
    """dh's parameters without the deprecated name it takes in **kwargs."""


# dh's signature as pywikibot's deprecated_args shows it (made on first use)
dh.__signature__ = __import__('pywikibot._deprecate', fromlist=['_LazySignature'])._LazySignature(
    _dh_params, {'filter': 'filter_func'}, dh)


def _renamed_arg(kwargs, old, new, value, name):
    # pywikibot's deprecate_arg(old, new), inline: the decorator would
    # load inspect when the module is imported
    if old in kwargs:
        import warnings
        if value is not None:
            warnings.warn('{} argument of {} replaces {}; cannot use both.'.format(new, name, old),
                          RuntimeWarning, 3)
        else:
            warnings.warn('{} argument of {} is deprecated; use {} instead.'.format(old, name, new),
                          FutureWarning, 3)
            value = kwargs[old]
        del kwargs[old]
    if kwargs:
        raise TypeError("{}() got an unexpected keyword argument '{}'".format(name.rpartition('.')[2],
                                                                             next(iter(kwargs))))
    return value


def _dh_params(value, pattern, encf, decf, filter_func=None):
    raise NotImplementedError


# the parameters dh takes (as pywikibot's deprecate_arg wrapper shows them)
dh.__wrapped__ = _dh_params


def makeMonthList(pattern):
    """pattern % n for the months 1..12."""
    return [pattern % m for m in range(1, 13)]


def makeMonthNamedList(lang, pattern='%s', makeUpperCase=None):
    """pattern % the name of each month in lang (first letter upper-cased
    with makeUpperCase True, lower-cased with False)."""
    if makeUpperCase is None:
        return [pattern % monthName(lang, m) for m in range(1, 13)]
    case = first_upper if makeUpperCase else first_lower
    return [pattern % case(monthName(lang, m)) for m in range(1, 13)]


class MonthNames(_abc.Mapping):
    """The month names of each language: a function of the month number
    (and of a name, its number); known for br, en, ja, ko, wa and zh, read
    from the site's MediaWiki messages for the others."""

    months = {
        'br': lambda v: slh(v, brMonthNames),
        'en': lambda v: slh(v, enMonthNames),
        'ja': lambda v: slh(v, makeMonthList('%d月')),
        'ko': lambda v: slh(v, makeMonthList('%d월')),
        'wa': lambda v: slh(v, waMonthNames),
        'zh': lambda v: slh(v, makeMonthList('%d月')),
    }

    def __getitem__(self, lang):
        if lang not in self.months:
            keys = ['january', 'february', 'march', 'april', 'may_long', 'june', 'july', 'august',
                    'september', 'october', 'november', 'december']
            names = list(Site().mediawiki_messages(keys, lang=lang).values())
            self.months[lang] = lambda v: slh(v, names)
        return self.months[lang]

    def __iter__(self):
        return iter(self.months)

    def __len__(self):
        return len(self.months)


class MonthFormat(_abc.MutableMapping):
    """The titles of one month's days (Day_January) or years
    (Year_January) in each language: 'January 5', 'January 2024'. gowikibot
    knows the patterns of en, fr, nl, pl and ru; others get the default
    ('%d. month' for days, 'Month %d' for years)."""

    day_formats = {'en': ('{} %d', True), 'fr': ('%d {}', False), 'nl': ('%d {}', False),
                   'pl': ('%d {}', False), 'ru': ('%d {}', False)}
    year_formats = {}

    def __init__(self, index, format_key):
        self.index = index
        self.variant, _, self.month = format_key.partition('_')
        self.data = {}

    def __getitem__(self, key):
        if key not in self.data:
            if self.variant == 'Day':
                pattern, ucase = self.day_formats.get(key, ('%d. {}', False))
                helper = dh_dayOfMnth
            elif self.variant == 'Year':
                pattern, ucase = self.year_formats.get(key, ('{} %d', True))
                helper = dh_mnthOfYear
            else:
                raise KeyError("Wrong variant '{}'".format(self.variant))
            case = first_upper if ucase else first_lower if ucase is False else str
            name = (_DAY_OF_MONTH[key][1][self.index - 1] if self.variant == 'Day' and key in _DAY_OF_MONTH
                    and key != 'en' else monthName(key, self.index))
            month_pattern = pattern.format(case(name))
            self.data[key] = lambda v, p=month_pattern: helper(v, p)
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        raise NotImplementedError("Deleting of key '{}' is not implemented".format(key))

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


def _en_period(period):
    suffixes = [('st', lambda p: p == 1 or (p > 20 and p % 10 == 1)),
                ('nd', lambda p: p == 2 or (p > 20 and p % 10 == 2)),
                ('rd', lambda p: p == 3 or (p > 20 and p % 10 == 3)),
                ('th', alwaysTrue)]
    return lambda m: multi(m, [((lambda v, s=s: dh_centuryAD(v, '%d' + s + ' ' + period)), pred)
                               for s, pred in suffixes])


#: formats[name][lang]: the function writing a value of that kind as a
#: title in lang and reading such a title back. gowikibot has English's
#: (and, for days of months, the languages of format_date); YearAD is the
#: number itself in every language.
formats = {
    'MonthName': MonthNames(),
    'Number': {'en': lambda v: dh_number(v, '%d (number)')},
    'YearAD': _defaultdict(lambda: dh_simpleYearAD),
    'YearBC': {'en': lambda v: dh_yearBC(v, '%d BC')},
    'DecadeAD': {'en': lambda v: dh_decAD(v, '%ds')},
    'DecadeBC': {'en': lambda v: dh_decBC(v, '%ds BC')},
    'CenturyAD': {'en': _en_period('century')},
    'CenturyBC': {'en': _en_period('century BC')},
    'CenturyAD_Cat': {},
    'CenturyBC_Cat': {},
    'MillenniumAD': {'en': _en_period('millennium')},
    'MillenniumBC': {'en': lambda v: dh_millenniumBC(v, '%dst millennium BC')},
    'Cat_Year_MusicAlbums': {'en': lambda v: dh_yearAD(v, '%d albums')},
    'Cat_BirthsAD': {'en': lambda v: dh_yearAD(v, '%d births')},
    'Cat_DeathsAD': {'en': lambda v: dh_yearAD(v, '%d deaths')},
    'Cat_BirthsBC': {'en': lambda v: dh_yearBC(v, '%d BC births')},
    'Cat_DeathsBC': {'en': lambda v: dh_yearBC(v, '%d BC deaths')},
    'CurrEvents': {'en': lambda v: dh_singVal(v, 'Current events')},
}


def addFmt1(lang, isMnthOfYear, patterns):
    """Add lang's 12 patterns (None: none) for the days of each month
    (isMnthOfYear False) or the years of each month (True)."""
    assert len(patterns) == 12, 'pattern {} does not have 12 elements'.format(lang)
    for i, pattern in enumerate(patterns):
        if pattern is not None:
            if isMnthOfYear:
                formats[yrMnthFmts[i]][lang] = lambda v, p=pattern: dh_mnthOfYear(v, p)
            else:
                formats[dayMnthFmts[i]][lang] = lambda v, p=pattern: dh_dayOfMnth(v, p)


#: each format's limits: (predicate, first value, value after the last)
formatLimits = {
    'MonthName': (lambda v: 1 <= v < 13, 1, 13),
    'Number': (lambda v: 0 <= v < 1000000, 0, 1001),
    'YearAD': (lambda v: 0 <= v < 2501, 0, 2501),
    'YearBC': (lambda v: 0 <= v < 4001, 0, 501),
    'DecadeAD': (lambda v: 0 <= v < 2501, 0, 2501),
    'DecadeBC': (lambda v: 0 <= v < 4001, 0, 501),
    'CenturyAD': (lambda v: 1 <= v < 41, 1, 23),
    'CenturyBC': (lambda v: 1 <= v < 91, 1, 23),
    'CenturyAD_Cat': (lambda v: 1 <= v < 41, 1, 23),
    'CenturyBC_Cat': (lambda v: 1 <= v < 41, 1, 23),
    'MillenniumAD': (lambda v: 1 <= v < 6, 1, 4),
    'MillenniumBC': (lambda v: 1 <= v < 20, 1, 2),
    'Cat_Year_MusicAlbums': (lambda v: 1950 <= v < 2021, 1950, 2021),
    'Cat_BirthsAD': (lambda v: 0 <= v < 2501, 0, 2501),
    'Cat_DeathsAD': (lambda v: 0 <= v < 2501, 0, 2501),
    'Cat_BirthsBC': (lambda v: 0 <= v < 4001, 0, 501),
    'Cat_DeathsBC': (lambda v: 0 <= v < 4001, 0, 501),
    'CurrEvents': (lambda v: 0 <= v < 1, 0, 1),
}
_formatLimit_MonthOfYear = (lambda v: 1900 <= v < 2051, 1900, 2051)


def _format_limit_dom(days):
    return (lambda v: 1 <= v <= days), 1, days + 1


# (pywikibot's module leaves the names of its set-up loops behind:
# month, monthId, index, day_of_month, month_of_year, val)
for month in yrMnthFmts:
    formatLimits[month] = _formatLimit_MonthOfYear
for monthId in range(12):
    formatLimits[dayMnthFmts[monthId]] = _format_limit_dom(_month_days(2000, monthId + 1))
for index, day_of_month in enumerate(dayMnthFmts, 1):
    val = MonthFormat(index, day_of_month)
    formats[day_of_month] = val
for index, month_of_year in enumerate(yrMnthFmts, 1):
    val = MonthFormat(index, month_of_year)
    formats[month_of_year] = val


def _day_choices(*choices):
    """The source of a multi() lambda over days of the month: each choice
    a (title pattern, predicate source) pair; the pattern's {mname} is
    filled in per month."""
    return 'lambda m: multi(m, [{}])'.format(', '.join(
        '(lambda v: dh_dayOfMnth(v, "{}"), {})'.format(title, pred) for title, pred in choices))


# Walloon days of the month: the 1st is "1î d' <month>"; before a month
# starting with a vowel every other day takes "d'", before the other months
# only 2, 3, 20, 22 and 23 do, the rest take "di". Breton: "1añ <month>",
# then the bare number. Like pywikibot, the formats are compiled from
# their source (the loop leaves i and pattern behind, as pywikibot's does).
_wa_vowel = _day_choices(('%dî d\' {mname}', 'lambda p: p == 1'), ('%d d\' {mname}', 'alwaysTrue'))
_wa_consonant = _day_choices(('%dî d\' {mname}', 'lambda p: p == 1'),
                             ('%d d\' {mname}', 'lambda p: p in [2,3,20,22,23]'),
                             ('%d di {mname}', 'alwaysTrue'))
_br = _day_choices(('%dañ {mname}', 'lambda p: p == 1'), ('%d {mname}', 'alwaysTrue'))
for i in range(12):
    pattern = _wa_vowel if i in (3, 7, 9) else _wa_consonant
    formats[dayMnthFmts[i]]['wa'] = eval(pattern.format(mname=waMonthNames[i]))
    formats[dayMnthFmts[i]]['br'] = eval(_br.format(mname=brMonthNames[i]))


def getAutoFormat(lang, title, ignoreFirstLetterCase=True):
    """(format name, value) of the first format of lang that reads title
    ('YearBC', 44); with ignoreFirstLetterCase, the title with its first
    letter's case changed is tried too; (None, None) when none reads it."""
    for name, table in formats.items():
        try:
            return name, table[lang](title)
        except Exception:  # noqa: BLE001 -- any failure means: not this format
            pass
    if ignoreFirstLetterCase:
        try:
            title = first_lower(title) if title[0].isupper() else first_upper(title)
            return getAutoFormat(lang, title, ignoreFirstLetterCase=False)
        except Exception:  # noqa: BLE001
            pass
    return None, None
