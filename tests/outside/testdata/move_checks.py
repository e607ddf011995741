"""Page.move check pywikibot makes before asking the wiki: a page that does
not exist (shalomori123/pywikibot-scripts's 'gra remove slash' moves missing pages)."""
import pywikibot

site = pywikibot.Site()
site.login()
page = pywikibot.Page(site, 'No such page to move')
try:
    page.move('Somewhere else', reason='test')
except pywikibot.exceptions.NoPageError as e:
    print('NoPageError', e)
