"""site=None: English namespace names (pywikibot uses the default site).

The fixture makes pywikibot.Site() an English Wikipedia site for real
pywikibot; gowikibot falls back to the English defaults by itself.
"""
import fixture  # noqa: F401
from pywikibot import textlib


def show(label, value):
    print(label + ': ' + repr(value))


TEXT = "Body [[File:A.png|thumb|x]]\n[[Category:One|1]]\n[[category:two]]\n"
show('get', [(c.title(), c.sortKey) for c in textlib.getCategoryLinks(TEXT)])
show('remove', textlib.removeCategoryLinks(TEXT))
show('replace', textlib.replaceCategoryLinks(TEXT, ['Three']))
show('format', textlib.categoryFormat(['Four', 'Category:Five|k']))
show('add_text', textlib.add_text('Body\n[[Category:X]]', 'New'))
