"""pywikibot 7.7.3's misspelling script on a wiki of its own.

7.7.3 knows misspellings only through Wikibase items and de.wikipedia's
templates; this user script keeps the script unmodified and only tells
its bot class that this wiki's misspelling pages carry {{Misspelling}}.
GWB_PWB773 names the pywikibot 7.7.3 directory whose scripts package is
used.
"""
import os
import sys

here = os.environ.get('GWB_PWB773')
if here and here not in sys.path:
    sys.path.insert(0, here)

import pywikibot  # noqa: E402
from scripts import misspelling  # noqa: E402


class LocalMisspellingBot(misspelling.MisspellingRobot):
    """The script's bot with this wiki's misspelling template."""

    misspelling_templates = {pywikibot.Site().sitename: 'Misspelling'}
    misspelling_categories = ()


misspelling.MisspellingRobot = LocalMisspellingBot

if __name__ == '__main__':
    misspelling.main()
