"""movepage's errors as pywikibot 9.6.3 raises them (this round's probe of
old write calls): a move onto an existing page is ArticleExistsConflictError
naming the destination, not the bare APIError; and methods of extensions
the wiki does not have (UrlShortener, Echo, Thanks, TextExtracts, Linter)
raise UnknownExtensionError before any request."""
import time

import pywikibot

run = 'Mc{} '.format(int(time.time() * 1000) % 10 ** 9)
site = pywikibot.Site()
site.login()
for name in ('source', 'target'):
    page = pywikibot.Page(site, run + name)
    page.text = name
    page.save('seed', quiet=True)
try:
    pywikibot.Page(site, run + 'source').move(run + 'target', reason='collide')
except pywikibot.exceptions.Error as e:
    print(type(e).__name__, str(e).replace(run, 'RUN '), isinstance(e, pywikibot.exceptions.EditConflictError))
    print(e.page.title().replace(run, 'RUN '))
page = pywikibot.Page(site, run + 'source')
for name, call in (('create_short_link', page.create_short_link),
                   ('notifications', site.notifications),
                   ('thank_revision', lambda: site.thank_revision(page.latest_revision_id)),
                   ('extract', lambda: page.extract()),
                   ('linter_pages', lambda: list(site.linter_pages(total=1)))):
    try:
        call()
        print(name, 'ran')
    except pywikibot.exceptions.UnknownExtensionError as e:
        print(name, type(e).__name__, e)
