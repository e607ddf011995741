"""A write action without a token (purge) by a script that never logged in
(jhsoby/jhstools' birthdaypurge.py): pywikibot's Request refuses it before
sending (Error 'API write action attempted as IP ...'); gowikibot purged
anonymously. After login() the purge goes through."""
import pywikibot

site = pywikibot.Site()
page = pywikibot.Page(site, 'Main Page')
try:
    page.purge()
except pywikibot.exceptions.Error as e:
    print(type(e).__name__, str(e).startswith('API write action attempted as IP '))
try:
    site.purgepages([page])
except pywikibot.exceptions.Error as e:
    print(type(e).__name__, str(e).startswith('API write action attempted as IP '))
site.login()
print(page.purge(), site.purgepages([page]))
