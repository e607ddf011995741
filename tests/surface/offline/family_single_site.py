"""Built-in families as pywikibot 9.6.3's: config.family_files names
them, and a SingleSiteFamily has its site's code and domain (its langs and
codes are that one code). Same output from real pywikibot 9.6.3
(family_single_site.out) and gowikibot."""
from pywikibot import config
from pywikibot.family import Family, SingleSiteFamily

names = ('commons', 'wikidata', 'meta', 'mediawiki', 'wikipedia', 'wiktionary', 'species', 'wikitech',
         'incubator', 'osm', 'lingualibre', 'wikihow', 'wowwiki', 'vikidia', 'i18n')
print([n in config.family_files for n in names])
for name in names:
    f = Family.load(name)
    if isinstance(f, SingleSiteFamily):
        print(name, f.code, f.domain, sorted(f.langs.items()), sorted(f.codes))
    else:
        print(name, 'not single site', hasattr(f, 'domain'))
