"""A script that saves without calling login() (Ketho/WowpediaDoc's
hello-save.py and most one-file bots): pywikibot logs in when the edit
asks for its token, saying so on stderr before 'Page ... saved'; the same
for a move."""
import pywikibot

site = pywikibot.Site()
page = pywikibot.Page(site, 'Implicit login page')
page.text = 'saved by a script that never called login()'
page.save(summary='no login call')
print('saved as', site.user())
