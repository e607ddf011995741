"""pywikibot.exceptions constructors with 9.6.3's parameters: the same output from real
pywikibot 9.6.3 (exceptions.out) and gowikibot."""
from pywikibot import exceptions as ex


class P:
    """Stands for a page."""
    site = None

    def title(self, as_link=False, **kwargs):
        return '[[X]]' if as_link else 'X'

    def __str__(self):
        return '[[test:X]]'


p = P()
e = ex.NoSiteLinkError(p, 'enwiki')
print(e, isinstance(e, ex.NoPageError), isinstance(e, ex.PageLoadRelatedError))
e = ex.APIMWError('DBQueryError', 'boom', x=1)
print(e.code, e.info, e.mediawiki_exception_class_name)
print(ex.APIError('a', 'b'))
print(ex.SpamblacklistError(p, 'http://x'))
print(ex.OtherPageSaveError(p, 'why'))
print(ex.AbuseFilterDisallowedError(p, 'info'))
for cls, args in ((ex.Error, ()), (ex.APIError, ('a',)), (ex.SpamblacklistError, (p,))):
    try:
        cls(*args)
    except TypeError:
        print(cls.__name__, 'TypeError')
print(ex.Error('m'))
