"""The OAuth test plan as a script (issue #10): under an owner-only OAuth
consumer, login() succeeds, userinfo names the OAuth account, logout() is
refused by the wiki as pywikibot's is, and an edit to the bot's user page
is made as the OAuth account (the Go test checks the wiki's history)."""
import sys

import pywikibot
from pywikibot.exceptions import APIError

site = pywikibot.Site()
print('is_oauth_token_available:', site.is_oauth_token_available())
print('login:', site.login())
print('logged_in:', site.logged_in())
print('_userinfo name:', site._userinfo['name'])
print('userinfo name:', site.userinfo['name'], 'anon' in site.userinfo)
print('user:', site.user())
try:
    site.logout()
    print('logout: no error')
except APIError as e:
    print('logout: APIError', e.code)
print('after logout: logged_in', site.logged_in(), 'user', site.user(), 'userinfo', site.userinfo['name'])

page = pywikibot.User(site, site.user()).getUserPage()
page.text = (page.text if page.exists() else '') + '\n' + sys.argv[1]
page.save(sys.argv[1])
print('latest revision user:', pywikibot.Page(site, page.title()).latest_revision.user)
