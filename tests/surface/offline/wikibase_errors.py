"""The Wikibase classes raise pywikibot.exceptions' own WikiBaseError
classes (an item's get() raises NoPageError while handling the missing
entity's NoWikibaseEntityError, with 9.6.3's texts) and
_normalizeData puts an entity's data in the API's structure; a page of a
site without a repository has no data_item (WikiBaseError) nor
get_best_claim (UnknownExtensionError); a claim of an unknown data type
has a WbUnknown target; fromPage(page, lazy_load=True) asks nothing and
the page keeps its item, all as pywikibot 9.6.3's. The repository's login is patched out and its
namespaces set, so that nothing is asked from the wiki. Same output from
real pywikibot 9.6.3 (wikibase_errors.out) and gowikibot."""
import pywikibot
from pywikibot import exceptions
from pywikibot.page import ItemPage, MediaInfo, PropertyPage
from pywikibot.site import APISite, Namespace, NamespacesDict

APISite.login = lambda self, *args, **kwargs: None
repo = pywikibot.Site('wikidata', 'wikidata')
namespaces = Namespace.builtin_namespaces()
namespaces[0] = Namespace(0, '', case='first-letter', defaultcontentmodel='wikibase-item')
namespaces[120] = Namespace(120, 'Property', case='first-letter', defaultcontentmodel='wikibase-property')
repo._namespaces = NamespacesDict(namespaces)

item = ItemPage(repo, 'Q1')
item._content = {'missing': '', 'id': 'Q1'}
try:
    item.get()
except exceptions.NoPageError as e:
    context = e.__context__
    print(type(e).__name__, e, '|', type(context).__name__, isinstance(context, exceptions.WikiBaseError),
          context)
print(item.exists())

data = {
    'labels': {'en': 'Foo', 'de': {'language': 'de', 'value': 'Fu'}},
    'descriptions': {'en': 'Desc'},
    'aliases': {'en': ['Bah', {'language': 'en', 'value': 'Bar', 'remove': ''}]},
    'sitelinks': [{'site': 'enwiki', 'title': 'Foo'}],
    'unknown': 1,
}
for cls in (ItemPage, PropertyPage, MediaInfo):
    print(cls.__name__, sorted(cls._normalizeData(data).items()))
print(ItemPage._normalizeData({}), ItemPage._normalizeData({'labels': {}}))

# a claim of a data type pywikibot does not know keeps its value as WbUnknown
for datatype, value in (('foo-unknown-bar', 'foobar'), ('string', 'plain'), ('url', 'https://example.org')):
    claim = pywikibot.Claim.fromJSON(repo, {
        'mainsnak': {'snaktype': 'value', 'property': 'P99999', 'datatype': datatype,
                     'datavalue': {'value': value, 'type': 'string'}},
        'type': 'statement', 'id': 'Q1$x', 'rank': 'normal'})
    target = claim.getTarget()
    print(datatype, type(target).__name__, getattr(target, 'warning', None), flush=True)
    if hasattr(target, 'toWikibase'):
        # the warning is shown once
        print(target.toWikibase(), target.toWikibase(), repr(target.warning), flush=True)

# a client without a data repository (data_repository patched to None)
client = pywikibot.Site('fr', 'wiktionary')
client._namespaces = NamespacesDict(Namespace.builtin_namespaces())
APISite.data_repository = lambda self: None
page = pywikibot.Page(client, 'and')
for call in (lambda: ItemPage.fromPage(page), page.data_item, lambda: page.get_best_claim('P31')):
    try:
        call()
    except exceptions.Error as e:
        print(type(e).__name__, isinstance(e, exceptions.WikiBaseError), e)

# ItemPage.fromPage(page, lazy_load=True) asks nothing: a subclass's item,
# kept on the page for the next fromPage
APISite.data_repository = lambda self: repo


class MyItemPage(ItemPage):
    pass


page = pywikibot.Page(client, 'Foo')
item = MyItemPage.fromPage(page, lazy_load=True)
print(type(item).__name__, isinstance(item, ItemPage), item.repo is repo, ItemPage.fromPage(page) is item,
      page._item is item)
