"""A family file's own protocol() and scriptpath(), read through
Family.load() and (argument "site") through Site().family, which in
pywikibot is the same instance. No request is made."""
import sys

import pywikibot
from pywikibot.family import Family

if sys.argv[1:] == ['site']:
    fam = pywikibot.Site('lab', 'labwiki').family
else:
    fam = Family.load('labwiki')

for code in sorted(fam.langs):
    print(fam.name, code, fam.protocol(code), fam.hostname(code), repr(fam.scriptpath(code)),
          fam.apipath(code), fam.path(code), fam.verify_SSL_certificate(code))
print(fam.base_url('lab', '/x'))
print(fam.category_redirect_templates, fam.disambcatname)
try:
    fam.no_such_attribute
except AttributeError as e:
    print('AttributeError:', e)
