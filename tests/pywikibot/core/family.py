"""A built-in family's codes as pywikibot's Family shows them (no wiki
needed): langs, codes, obsolete codes and their replacements."""
import pywikibot

site = pywikibot.Site('en', 'wikipedia')
fam = site.family
print(len(fam.langs) > 250, 'de' in fam.langs, fam.langs['de'])
ob = fam.obsolete
print(ob.get('dk'), ob.get('jp'), ob.get('nb'), 'aa' in ob, ob.get('aa'), ob.get('minnan'))
print(sorted(fam.codes)[:5], len(ob))
print(repr(fam), fam == 'wikipedia')
print(repr(fam.category_text_separator), repr(fam.interwiki_text_separator), fam.categories_last,
      fam.interwiki_on_one_line, fam.interwiki_putfirst)
