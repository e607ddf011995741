"""Page.delete without the delete right: marks the page with {{delete}}."""
import pywikibot

site = pywikibot.Site()
site.login()
print('has delete right', site.has_right('delete'))
page = pywikibot.Page(site, 'Gap mark')
page.text = 'gap mark text'
page.save('gap mark create')
print('delete', page.delete('gap mark reason', prompt=False, mark=True))
again = pywikibot.Page(site, 'Gap mark')
print('text', repr(again.text))
print('summary', again.latest_revision.comment)
