"""pywikibot.login.ClientLoginManager's helpers on the test wiki (the
configured bot-password account): the API keywords, check_user_exists,
botAllowed, get_login_token: the same output from real pywikibot 9.6.3
(login_more.out) and gowikibot."""
import warnings

import pywikibot
from pywikibot.exceptions import NoUsernameError
from pywikibot.login import ClientLoginManager

site = pywikibot.Site()
manager = ClientLoginManager(site=site)
print(manager.username == site.username(), '@' in manager.username)
try:
    manager.keyword('user')
except AttributeError as e:
    print('AttributeError:', e)
for manager.action in ('login', 'clientlogin'):
    print(sorted(ClientLoginManager.mapping), [manager.keyword(k) for k in ('user', 'token', 'result', 'success')])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    manager.check_user_exists()
print([w.category.__name__ for w in log])
manager.username = 'No such user here'
try:
    manager.check_user_exists()
except NoUsernameError as e:
    print('NoUsernameError:', str(e).replace(str(site), 'SITE'))
print(manager.botAllowed())
with warnings.catch_warnings(record=True):
    warnings.simplefilter('ignore')
    token = manager.get_login_token()
print(type(token).__name__, token.endswith('+\\'))
