"""pywikibot.login's LoginManager and pywikibot.data.api.CachedRequest
against the test wiki."""
import datetime

import pywikibot
from pywikibot import login
from pywikibot.data import api

site = pywikibot.Site()

# LoginManager: the user name and login name from the configuration
lm = login.ClientLoginManager(site=site)
print(issubclass(login.ClientLoginManager, login.LoginManager), isinstance(lm, login.LoginManager))
print(lm.username, lm.login_name, lm.site == site)
lm.check_user_exists()
print('login', lm.login())
for name in ('No such user here', 'Testbot'):
    try:
        login.ClientLoginManager(site=site, user=name).check_user_exists()
    except pywikibot.exceptions.NoUsernameError as e:
        print('NoUsernameError', e)
print(lm.botAllowed())
print(login.LoginStatus.AS_USER, repr(login.LoginStatus.NOT_LOGGED_IN), int(login.LoginStatus.IN_PROGRESS))
bp = login.BotPassword('ci', 'secret')
print(bp.suffix, bp.password, bp.login_name('TestBot'))

# CachedRequest: the second submit is answered from the cache (an edit in
# between does not show until the cache expires)
params = {'action': 'query', 'prop': 'revisions', 'titles': 'Cached page', 'rvprop': 'content',
          'rvslots': 'main', 'formatversion': 2}
page = pywikibot.Page(site, 'Cached page')
page.text = 'first'
page.save(summary='cache test', quiet=True)
r = api.CachedRequest(datetime.timedelta(hours=1), site=site, parameters=dict(params))
print(type(r).__name__, isinstance(r, api.Request), r.expiry, r['titles'])
first = r.submit()['query']['pages'][0]['revisions'][0]['slots']['main']['content']
page.text = 'second'
page.save(summary='cache test', quiet=True)
again = api.CachedRequest(datetime.timedelta(hours=1), site=site, parameters=dict(params))
cached = again.submit()['query']['pages'][0]['revisions'][0]['slots']['main']['content']
fresh = api.Request(site=site, parameters=dict(params)).submit()['query']['pages'][0]['revisions'][0]
print(first, cached, fresh['slots']['main']['content'])
print(again._uniquedescriptionstr() == r._uniquedescriptionstr(), again._create_file_name() == r._create_file_name(),
      len(r._create_file_name()), r._cachefile_path().parent.name)
r0 = api.CachedRequest(0, site=site, parameters=dict(params))
print(r0.expiry, r0.submit()['query']['pages'][0]['revisions'][0]['slots']['main']['content'])
print(api.CachedRequest(1000, site=site, parameters=dict(params)).expiry)
try:
    api.CachedRequest.create_simple(site, action='query', meta='siteinfo')
except NotImplementedError as e:
    print('NotImplementedError', e)
