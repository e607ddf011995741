"""Wikibase entity namespaces as pywikibot 9.6.3's: the namespace whose
default content model is wikibase-item (wikibase-property) holds the
items (properties), so that 'Q60' is 'Item:Q60' where items have a
namespace of their own, an id is the title without its namespace, and
_defined_by names the id; an entity type without a namespace is an
EntityTypeUnknownError. The repository's login is patched out and its
namespaces set, so nothing is asked from the wiki. Same output from real
pywikibot 9.6.3 (wikibase_namespaces.out) and gowikibot."""
import pywikibot
from pywikibot import exceptions
from pywikibot.page import ItemPage, PropertyPage
from pywikibot.site import APISite, Namespace, NamespacesDict

APISite.login = lambda self, *args, **kwargs: None


def repository(fam, code, item_ns, prop_ns):
    repo = pywikibot.Site(code, fam)
    namespaces = Namespace.builtin_namespaces()
    namespaces[item_ns[0]] = Namespace(item_ns[0], item_ns[1], case='first-letter',
                                       defaultcontentmodel='wikibase-item')
    namespaces[prop_ns[0]] = Namespace(prop_ns[0], prop_ns[1], case='first-letter',
                                       defaultcontentmodel='wikibase-property')
    repo._namespaces = NamespacesDict(namespaces)
    return repo


for repo in (repository('wikidata', 'wikidata', (0, ''), (120, 'Property')),
             repository('wikidata', 'test', (90, 'Item'), (92, 'Prop'))):
    print(repo, int(repo.item_namespace), int(repo.property_namespace))
    for cls, title in ((ItemPage, 'Q60'), (ItemPage, 'q61'), (PropertyPage, 'P21')):
        entity = cls(repo, title)
        print(cls.__name__, title, entity.namespace(), entity.title(), entity.id, entity.getID(),
              entity._defined_by(), entity._defined_by(singular=True))
    prefixed = ItemPage(repo, repo.item_namespace.custom_prefix() + 'Q62')
    print(prefixed.title(), prefixed.id)
    print(ItemPage(repo)._defined_by(), ItemPage(repo).id)
    try:
        repo.get_namespace_for_entity_type('lexeme')
    except exceptions.EntityTypeUnknownError as e:
        print('EntityTypeUnknownError', e)
