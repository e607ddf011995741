"""The five names pywikibot 9.6.3's scripts use most (as pywikibot.X.Y)
that no recorded namespace lists: Timestamp.nowutc, Timestamp.utcnow,
ItemPage.fromPage, Timestamp.now and Timestamp.fromtimestampformat: the
same output from real pywikibot 9.6.3 (script_names.out) and gowikibot
(ItemPage.fromPage needs a Wikibase site: its kind and parameters only)."""
import datetime
import inspect
import warnings

import pywikibot

ts = pywikibot.Timestamp
now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
for name, args in (('nowutc', ()), ('utcnow', ()), ('now', ())):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        value = getattr(ts, name)(*args)
    naive = value.replace(tzinfo=None)
    if name == 'now':
        naive = value.astimezone(datetime.timezone.utc).replace(tzinfo=None) if value.tzinfo else \
            naive + (datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None) - datetime.datetime.now())
    print(name, type(value).__name__, value.tzinfo, abs((naive - now).total_seconds()) < 5,
          [(w.category.__name__, str(w.message)) for w in log])
for text in ('20240102030405', '20240102', '2024-01-02T03:04:05Z', pywikibot.Timestamp(2024, 5, 6)):
    for strict in (False, True):
        try:
            t = ts.fromtimestampformat(text, strict=strict)
            print(repr(t), t.isoformat(), t.totimestampformat(), str(t))
        except ValueError as e:
            print('ValueError:', e)
try:
    ts.fromtimestampformat(20240102030405)
except TypeError as e:
    print('TypeError:', e)
try:
    ts.nowutc(True)
except TypeError as e:
    print('TypeError:', e)
print(list(inspect.signature(ts.fromtimestampformat).parameters),
      list(inspect.signature(ts.nowutc).parameters))
print(inspect.ismethod(pywikibot.ItemPage.fromPage), list(inspect.signature(pywikibot.ItemPage.fromPage).parameters))
print(repr(ts(2024, 5, 6, 0, 0, 0, 5)), repr(ts(2024, 5, 6, 7, 8)),
      repr(ts.nowutc().replace(year=2000, month=1, day=1, hour=0, minute=0, second=1, microsecond=0)))
