"""A family_files URL under the name of a Wikimedia family (family_files
['meta'] = a Miraheze-like API URL, the shape of an eighth-round
user-config): pywikibot's Family.load gives an AutoFamily, a
SingleSiteFamily, not a Wikimedia family; and Site().family answers its
methods. No request is made."""
import pywikibot
from pywikibot.family import Family, WikimediaFamily

fam = Family.load('meta')
print(type(fam).__name__, [c.__name__ for c in type(fam).__mro__])
print(isinstance(fam, WikimediaFamily), fam.code, fam.domain, fam.langs)
for code in fam.langs:
    print(code, fam.protocol(code), fam.hostname(code), repr(fam.scriptpath(code)), fam.apipath(code))
