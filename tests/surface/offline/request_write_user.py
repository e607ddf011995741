"""A write action's Request checks a userinfo that the script set on the
site (site._userinfo, as pywikibot's dry tests set it) as pywikibot
9.6.3's Request does when it is made: Error without a user name or as an
IP, a warning for a user other than the site's username, and the
'assert': 'user' parameter. A read action is not checked. Login is
patched out so that the site is made offline. Same output from real
pywikibot 9.6.3 (request_write_user.out) and gowikibot (everything on
stderr, in order)."""
import sys

import pywikibot
from pywikibot.data.api import Request
from pywikibot.exceptions import Error
from pywikibot.site import APISite

APISite.login = lambda self, *args, **kwargs: None
site = pywikibot.Site('test', 'wikipedia')
site._username = 'myusername'
for info in ({}, {'name': '1.2.3.4', 'groups': [], 'anon': ''}, {'groups': [], 'id': '1'},
             {'name': 'other_username', 'groups': [], 'id': '1'},
             {'name': 'myusername', 'groups': [], 'id': '1'}):
    site._userinfo = info
    for action in ('edit', 'query', 'move'):
        print(sorted(info), action, file=sys.stderr)
        try:
            req = Request(site=site, parameters={'action': action})
        except Error as e:
            print('  ', type(e).__name__, e, file=sys.stderr)
        else:
            print('  ', req.write, req.get('assert'), file=sys.stderr)
