"""pywikibot.page is a package as pywikibot 9.6.3's: its submodules
(_links, _page, _wikibase, ...) give the classes of pywikibot.page, and
_collections holds the Wikibase data containers (LanguageDict,
AliasesDict, ClaimCollection, SiteLinkCollection, SubEntityCollection)
with fromJSON, normalizeData and toJSON(diffto). Same output from real
pywikibot 9.6.3 (page_package.out) and gowikibot."""
import pywikibot.page

# the submodules are there after importing the package, as 9.6.3's
print([getattr(pywikibot.page, m).__name__ for m in (
    '_basepage', '_category', '_collections', '_filepage', '_links', '_page', '_revision', '_user', '_wikibase')])

from pywikibot.page._basepage import BasePage  # noqa: E402
from pywikibot.page._category import Category  # noqa: E402
from pywikibot.page._collections import (  # noqa: E402
    AliasesDict, ClaimCollection, LanguageDict, SiteLinkCollection, SubEntityCollection)
from pywikibot.page._filepage import FileInfo, FilePage  # noqa: E402
from pywikibot.page._links import BaseLink, Link, SiteLink, html2unicode  # noqa: E402
from pywikibot.page._page import Page  # noqa: E402
from pywikibot.page._revision import Revision  # noqa: E402
from pywikibot.page._user import User  # noqa: E402
from pywikibot.page._wikibase import ItemPage, PropertyPage  # noqa: E402

P = pywikibot.page
print(hasattr(P, '__path__'), [a is b for a, b in [
    (BasePage, P.BasePage), (Category, P.Category), (FileInfo, P.FileInfo), (FilePage, P.FilePage),
    (BaseLink, P.BaseLink), (Link, P.Link), (SiteLink, P.SiteLink), (html2unicode, P.html2unicode),
    (Page, P.Page), (Revision, P.Revision), (User, P.User), (ItemPage, P.ItemPage),
    (PropertyPage, P.PropertyPage)]])


def show(d):
    print(sorted((k, sorted(v, key=repr) if isinstance(v, list) else v) for k, v in d.items()))


ld = LanguageDict({'en': 'foo', 'zh': 'bar'})
print(len(ld), ld['en'], 'de' in ld, ld.get('de'), ld == LanguageDict({'zh': 'bar', 'en': 'foo'}), ld != {'en': 'x'})
print(LanguageDict.fromJSON([]) == LanguageDict(), LanguageDict.fromJSON({'en': {'language': 'en', 'value': 'v'}})['en'])
show(LanguageDict.normalizeData({'en': 'foo', 'de': {'language': 'de', 'value': 'x'}}))
show(ld.toJSON())
show(LanguageDict({'de': 'foo', 'zh': 'bar'}).toJSON(
    diffto={'de': {'language': 'de', 'value': 'bar'}, 'en': {'language': 'en', 'value': 'foo'}}))
del ld['zh']
print(list(ld), LanguageDict.new_empty(None) == {})

ad = AliasesDict({'en': ['foo', 'bar']})
show(ad.toJSON(diffto={'de': [{'language': 'de', 'value': 'x'}], 'en': [{'language': 'en', 'value': 'bar'},
                                                                         {'language': 'en', 'value': 'foo'}]}))
show(ad.toJSON(diffto={'en': [{'language': 'en', 'value': 'foo'}]}))
show(AliasesDict.normalizeData({'en': ['a', {'language': 'en', 'value': 'b'}]}))
try:
    AliasesDict.normalizeData({'en': 'a'})
except TypeError as e:
    print('TypeError:', e)
print(AliasesDict.fromJSON({'en': [{'language': 'en', 'value': 'a'}]})['en'])

cc = ClaimCollection.new_empty('repo')
print(cc.repo, len(cc), cc.toJSON(), ClaimCollection.fromJSON([], 'repo').toJSON(), ClaimCollection.normalizeData({'a': 1}))
cc['P1'] = []
print(cc.toJSON(), list(cc), 'P1' in cc)

sl = SiteLinkCollection('repo')
print(len(sl), SiteLinkCollection.getdbName('enwiki'), sl.repo)
show(SiteLinkCollection.normalizeData({'enwiki': 'Foo'}))
for bad in ({'enwiki': {'site': 'dewiki', 'title': 'x'}}, ['Foo']):
    try:
        SiteLinkCollection.normalizeData(bad)
    except ValueError as e:
        print('ValueError:', e)
show(SiteLinkCollection.normalizeData([{'site': 'dewiki', 'title': 'x'}]))

sub = SubEntityCollection('repo')
print(len(sub), sub.repo)
for call in (lambda: sub['L1-F1'], lambda: sub.toJSON(), lambda: SubEntityCollection.normalizeData([])):
    try:
        call()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
