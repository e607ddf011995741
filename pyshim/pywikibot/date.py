"""pywikibot.date: dates and years written as wiki article titles in a
language ("January 5", "5 janvier", "44 BC").

gowikibot knows the day-of-month and year formats of en, fr, nl, pl and
ru; other languages raise KeyError(lang), as pywikibot does for the
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


class MonthNames:
    """Month names of a language, from the site's MediaWiki messages."""

    months = {True: {}, False: {}}

    def __getitem__(self, lang):
        if lang not in _DAY_OF_MONTH:
            raise KeyError(lang)
        return [name for name in enMonthNames] if lang == 'en' else _DAY_OF_MONTH[lang][1]
