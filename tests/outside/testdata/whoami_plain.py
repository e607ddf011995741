# Logs in with the configured account and prints who the wiki says we are.
# The user-config.py beside it (written by the test) gives usernames as a
# plain dict, as real operators' configs do; pywikibot 9.6.3 warns about
# the type and still uses the name (prints "user: TestBot").
import pywikibot

site = pywikibot.Site()
site.login()
print('user:', site.user())
