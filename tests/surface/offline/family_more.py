"""pywikibot.family.Family's attributes and site-free methods added to
gowikibot's (disambig, domains, obsolete, from_url of a foreign URL, ...):
the same output from real pywikibot 9.6.3 (family_more.out) and gowikibot."""
import warnings

from pywikibot import family


class Family(family.Family):
    name = 'demo'
    langs = {'en': 'en.demo.example', 'de': 'de.demo.example'}
    code_aliases = {'old': 'en'}
    interwiki_removals = ['gone']
    disambiguationTemplates = {'_default': ['Disambig'], 'de': ['Begriffsklärung']}
    edit_restricted_templates = {'en': ('Protected',)}
    archived_page_templates = {'de': ('Archiv',)}


fam = Family()
print(sorted(Family.domains), sorted(fam.domains), dict(Family.interwiki_replacements), dict(fam.obsolete))
print(fam.disambig('de'), fam.disambig('fr'), fam.get_edit_restricted_templates('en'),
      fam.get_edit_restricted_templates('de'), fam.get_archived_page_templates('de'))
try:
    fam.disambig('fr', fallback=None)
except KeyError as e:
    print('KeyError:', e)
print(repr(fam.category_text_separator), repr(fam.interwiki_text_separator), fam.categories_last,
      fam.category_attop, fam.category_on_one_line, fam.interwiki_attop, fam.interwiki_on_one_line,
      fam.interwiki_putfirst, fam.cross_allowed, fam.shared_urlshortner_wiki)
print(fam.cross_projects_cookies, fam.cross_projects_cookie_username)
print(fam.from_url('https://other.example.org/wiki/$1'), fam.from_url('ftp://en.demo.example/x'))
print(fam.category_redirects('xx', fallback=None))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(isinstance(fam.maximum_GET_length('en'), int))
print([(w.category.__name__, str(w.message)) for w in log])
print(type(Family.instance).__name__)
