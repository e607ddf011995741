"""pywikibot.family.AutoFamily(name, url) as pywikibot 9.6.3's: a single
site family whose code is its name and whose langs map it to the URL's
host; pywikibot.Site(code, family_object) makes a site of it (as
site_detect does for a private wiki; here of an APISite that does not
log in, as 9.6.3's asks the wiki for the user at once). Same output
from real pywikibot 9.6.3 (auto_family_site.out) and gowikibot."""
import pywikibot
from pywikibot.family import AutoFamily, SingleSiteFamily
from pywikibot.site import APISite


class DrySite(APISite):
    def login(self, *args, **kwargs):
        pass


fam = AutoFamily('temporary_family', 'https://private.example.org/w/api.php')
print(isinstance(fam, SingleSiteFamily), fam.name, fam.code, fam.langs, sorted(fam.domains))
print(fam.codes, fam.hostname(fam.code), repr(fam.scriptpath(fam.code)), fam.apipath(fam.code))
site = pywikibot.Site(fam.code, fam, interface=DrySite)
print(site.code, site.family.name, site.hostname(), site.path(), site.apipath())

other = AutoFamily('rootwiki', 'http://root.example.net/api.php')
print(other.code, other.langs, repr(other.scriptpath('rootwiki')), other.protocol('rootwiki'))
site = pywikibot.Site('rootwiki', other, interface=DrySite)
print(site.code, site.family.name, site.hostname(), site.path(), site.apipath(), site.protocol())
