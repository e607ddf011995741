"""FilePage keeps its file history as pywikibot 9.6.3's does: a new
FilePage has an empty _file_revisions; get_file_history() loads the
history once (site.loadimageinfo(page, history=True)) when nothing is kept
yet, and returns the kept dict itself (a change to it is seen by the next
call, which asks nothing); oldest_file_info reads it too. file_extensions
reads the site's siteinfo with get(). The site's login and loadimageinfo
are patched and its siteinfo and namespaces set, so nothing is asked from
the wiki. Same output from real pywikibot 9.6.3 (file_history_cache.out)
and gowikibot."""
import pywikibot
from pywikibot.site import APISite, Namespace, NamespacesDict

APISite.login = lambda self, *args, **kwargs: None


class Siteinfo:
    """Only get() answers (as pywikibot's dry tests' siteinfo, whose []
    raises KeyError for a value not loaded from the wiki)."""

    def __init__(self, **data):
        self.data = data

    def get(self, key, get_default=True, cache=True, expiry=False):
        return list(self.data.get(key, []))

    def __getitem__(self, key):
        raise KeyError(key)


site = pywikibot.Site('test', 'wikipedia')
site._siteinfo = Siteinfo(fileextensions=[{'ext': 'jpg'}, {'ext': 'png'}])
site._namespaces = NamespacesDict(Namespace.builtin_namespaces())
commons = pywikibot.Site('commons', 'commons')
commons._siteinfo = Siteinfo(fileextensions=[{'ext': 'png'}])
calls = []


def loadimageinfo(page, history=False, **kwargs):
    calls.append((page.title(), history, sorted(kwargs)))
    page._file_revisions[pywikibot.Timestamp(2021, 5, 1)] = 'second version'
    if history:
        page._file_revisions[pywikibot.Timestamp(2020, 1, 1)] = 'first version'


site.loadimageinfo = loadimageinfo
print(site.file_extensions)
page = pywikibot.FilePage(site, 'File:Foo.jpg')
print(page._file_revisions, calls)
history = page.get_file_history()
print(sorted(history.items()), calls)
history[pywikibot.Timestamp(2022, 2, 2)] = 'added'
again = page.get_file_history()
print(again is history, len(again), calls)
print(page.oldest_file_info, calls)
other = pywikibot.FilePage(site, 'File:Bar.png')
print(other.oldest_file_info, calls)
try:
    pywikibot.FilePage(site, 'File:Baz.svg')
except ValueError as e:
    print('ValueError', e)
