"""A site's _userinfo and _username set by a script (as pywikibot's dry
tests set them) are what pywikibot 9.6.3's APISite then says: logged_in()
needs a userinfo with an id, a name equal to username() and no 'anon'
(user() is username() then, else None);
user_agent's {username} is the quoted username(). Login is patched out so
that the site is made offline. Same output from real pywikibot 9.6.3
(site_userinfo_set.out) and gowikibot."""
import pywikibot
from pywikibot.comms.http import user_agent
from pywikibot.site import APISite

APISite.login = lambda self, *args, **kwargs: None
site = pywikibot.Site('test', 'wikipedia')
site._userinfo = {'name': None, 'groups': [], 'id': 1}
site._username = 'user'
print(site.username(), site.logged_in())
for change in ({'name': 'user'}, {'name': 'other'}, {'name': 'user', 'id': 0}, {'id': 1},
               {'anon': ''}, {'groups': ['sysop']}):
    site._userinfo.update(change)
    print(sorted(change.items()), site.logged_in(), site.user())
    site._userinfo.pop('anon', None)
site._userinfo = {'name': 'foo'}
for name in ('foo', '!', 'User name', 'Ääö/x'):
    site._username = name
    print(repr(site.username()), repr(user_agent(site, format_string='{username}')),
          repr(user_agent(site, format_string='{family} {code} {site}')))
site._username = None
print(repr(user_agent(site, format_string='{username}')), site.userinfo)
