"""pywikibot.Family and textlib.Family are pywikibot.family.Family (whose
load gives the named family), and a site's family is one: an instance of
its family's classes, equal to the loaded family and to its name. (A
site asks the wiki who we are when made; login is stubbed so that
pywikibot 9.6.3 makes one offline.) Same output from real pywikibot 9.6.3
(family_class.out) and gowikibot."""
import pywikibot
from pywikibot import textlib
from pywikibot.family import Family, SingleSiteFamily, SubdomainFamily, WikimediaFamily
from pywikibot.site import APISite

APISite.login = lambda self, *args, **kwargs: None

print(pywikibot.Family is Family, textlib.Family is Family, 'Family' in dir(textlib))
for code, fam in (('de', 'wikipedia'), ('commons', 'commons'), ('en', 'wiktionary')):
    site = pywikibot.Site(code, fam)
    f = site.family
    print(fam, isinstance(f, Family), isinstance(f, WikimediaFamily), isinstance(f, SubdomainFamily),
          isinstance(f, SingleSiteFamily), f == Family.load(fam), Family.load(fam) == f, f == fam,
          Family.load(fam) != f, Family.load('meta') == f, f.name, str(f), repr(f))
print(isinstance('wikipedia', Family), isinstance(None, WikimediaFamily), isinstance(Family.load('meta'), Family))
