"""The families' doc_subpages (pywikibot 9.6.3's data) and
APISite.doc_subpage on them: a code of the '_default' codes gets the
default suffixes, another code its own, a code without any the default
with a FamilyMaintenanceWarning, a family without the dict () with one.
A stand-in site (a real one asks the wiki who we are). Same output from
real pywikibot 9.6.3 (doc_subpages.out) and gowikibot."""
import warnings

from pywikibot.family import Family
from pywikibot.site import APISite

for name in ('wikipedia', 'wikisource', 'wiktionary', 'commons', 'wikidata', 'osm', 'meta'):
    docs = Family.load(name).doc_subpages
    print(name, docs['_default'] if '_default' in docs else None, docs.get('de'), docs.get('ar'), len(docs))
for name in ('wikivoyage', 'mediawiki', 'species'):
    print(name, hasattr(Family.load(name), 'doc_subpages'))


class Stand:
    def __init__(self, fam, code):
        self.family, self.code = Family.load(fam), code

    def __str__(self):
        return '{}:{}'.format(self.family.name, self.code)


for fam, code in (('wikisource', 'de'), ('wikisource', 'en'), ('wikipedia', 'en'), ('wikipedia', 'de'),
                  ('wikipedia', 'test'), ('commons', 'commons'), ('wikivoyage', 'en'), ('osm', 'osm')):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        site = Stand(fam, code)
        print(fam, code, APISite.doc_subpage.fget(site), APISite.doc_subpage.fget(site),
              [(w.category.__name__, str(w.message)) for w in caught])
