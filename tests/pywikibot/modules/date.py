import datetime
from pywikibot import date
for l in ['en', 'fr', 'nl', 'pl', 'ru', 'ja']:
    try:
        print(l, [date.format_date(m, 5, l) for m in (1, 12)], date.formatYear(l, 2024), date.formatYear(l, -44))
    except Exception as e:
        print(l, type(e).__name__, e)
for args in ((2, 30, 'en'), (13, 3, 'en'), (2, 29, 'en', 2001), (4, 31, 'fr')):
    try:
        print(date.format_date(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(date.format_date(2, 29, 'en'))
print(date.apply_month_delta(datetime.date(2024, 1, 31)), date.apply_month_delta(datetime.date(2024, 1, 31), 13),
      date.apply_month_delta(datetime.date(2024, 3, 31), -1, add_overlap=True))
print(date.get_month_delta(datetime.date(2024, 1, 31), datetime.date(2024, 3, 30)),
      date.get_month_delta(datetime.date(2024, 5, 1), datetime.date(2023, 1, 1)))
