"""pywikibot.comms.http.request and user_agent with the test wiki's site."""
import pywikibot
from pywikibot.comms import http

site = pywikibot.Site()
site.login()
r = http.request(site, '/index.php?title=Main_Page&action=raw')
print(r.status_code, r.ok, r.encoding, len(r.text) > 0, r.headers.get('content-type'))
ua = http.user_agent(site)
print('demowiki:demowiki' in ua, 'User:TestBot' in ua, ua.startswith('comms_request'))
print(http.user_agent(site, '{script} {family} {code} {username}'))
print(http.user_agent(None, '{script} [{family}] {username}'))
r = http.fetch(site.base_url('/api.php?action=query&meta=siteinfo&format=json'))
print(r.json()['query']['general']['sitename'])
