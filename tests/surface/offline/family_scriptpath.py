"""Family.load(name).scriptpath(code) (and path, apipath) of every
built-in family's codes as pywikibot 9.6.3's family modules give them:
the codes whose script path is not '/w' are listed (wikihow's and
lingualibre's are ''). from_url finds such a family's code. Same output
from real pywikibot 9.6.3 (family_scriptpath.out) and gowikibot."""
import pywikibot
from pywikibot.family import Family

counts = [0, 0]
for name in sorted(pywikibot.config.family_files):
    if name == 'test':
        continue  # gowikibot's own built-in test family (test.wikipedia.org); 9.6.3 has none
    fam = Family.load(name)
    for code in sorted(fam.codes):
        sp = fam.scriptpath(code)
        counts[sp == '/w'] += 1
        if sp != '/w':
            print(name, code, repr(sp), fam.path(code), fam.apipath(code))
print('not /w:', counts[0], '/w:', counts[1])


class DrySite:
    def __init__(self, code, fam):
        self.code = code
        self.family = Family.load(fam)
        self.articlepath = '/wiki/{}'

    def path(self):
        return self.family.path(self.code)

    def _interwiki_urls(self):
        # the URL shapes BaseSite gives
        yield self.path() + '{}'
        yield self.path() + '/{}'
        yield self.path() + '?title={}'
        yield self.articlepath


real_site = pywikibot.Site
pywikibot.Site = lambda code, fam, *args, **kwargs: DrySite(code, fam)
try:
    fam = Family.load('wikihow')
    for url in ('https://nl.wikihow.com/index.php/$1', 'https://www.wikihow.it/index.php?title=$1',
                'https://nl.wikihow.com/w/index.php/$1', 'https://lingualibre.org/index.php/$1'):
        print(url, fam.from_url(url))
    print(Family.load('lingualibre').from_url('https://lingualibre.org/index.php/$1'))
finally:
    pywikibot.Site = real_site
