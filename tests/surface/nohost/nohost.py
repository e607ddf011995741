"""A wiki host that does not resolve: pywikibot raises Python's ConnectionError at once."""
import pywikibot
from pywikibot.exceptions import Error

try:
    site = pywikibot.Site()
    site.siteinfo['general']
except Exception as e:
    print(type(e).__name__, type(e).__module__)
    print(isinstance(e, ConnectionError), isinstance(e, OSError), isinstance(e, Error))
    print(str(e).split(' with url')[0])
    print('Name or service not known' in str(e), 'NewConnectionError' in str(e))
