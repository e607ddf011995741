"""pywikibot.family.Family as pywikibot 9.6.3's: a family equals its name
(an unknown name raises UnknownFamilyError from ==, != is then False), it
hashes as its name; interwiki_removals is the frozenset of the removed and
closed wikis, obsolete maps them to None (and old codes to new ones).
Same output from real pywikibot 9.6.3 (family_eq.out) and gowikibot."""
from pywikibot.exceptions import UnknownFamilyError
from pywikibot.family import Family

wp = Family.load('wikipedia')
print(wp == 'wikipedia', wp != 'wikipedia', wp == 'wikisource', wp != 'wikisource')
print(wp == Family.load('wikipedia'), hash(wp) == hash('wikipedia'), {wp: 1}.get(wp))
try:
    wp == 'no-such-family'
except UnknownFamilyError as e:
    print('UnknownFamilyError', e)
print(wp != 'no-such-family')
obsolete = wp.obsolete
print(obsolete['dk'], obsolete['mh'], obsolete['ru-sib'], 'en' in obsolete)
print(type(wp.interwiki_removals).__name__, 'mh' in wp.interwiki_removals, 'ru-sib' in wp.interwiki_removals)
temp = type('TempFamily', (Family,), {})()
print(temp.obsolete == {}, temp.interwiki_replacements == {}, temp.interwiki_removals)
temp = type('TempFamily', (Family,), {'code_aliases': {'a': 'b'}, 'closed_wikis': ['c'], 'removed_wikis': ['d']})()
print(sorted(temp.obsolete.items(), key=str), dict(temp.interwiki_replacements), sorted(temp.interwiki_removals))
try:
    temp.obsolete.update({})
except AttributeError as e:
    print('AttributeError', e)
