"""A page title with a section (a redirect's target keeps it, as in
Mueller857/pywikibot-mcwja's double_redirects.py): get() and text raise
SectionError when the page has no such heading, and a missing page's
text is still ''."""
import time

import pywikibot

run = 'St{} '.format(int(time.time() * 1000) % 10 ** 9)
site = pywikibot.Site()
page = pywikibot.Page(site, run + 'page')
page.text = 'Intro.\n== Part two ==\nBody.\n=== Deeper [[link]] ===\nMore.'
page.save('seed', quiet=True)


def show(title, how):
    p = pywikibot.Page(site, run + title)
    try:
        text = p.text if how == 'text' else p.get()
        print(title, how, repr(text[:6]))
    except pywikibot.exceptions.Error as e:
        print(title, how, type(e).__name__, str(e).replace(run, 'St '))


for title in ('page#Part two', 'page#Deeper link', 'page#Nowhere', 'page', 'missing#Part'):
    show(title, 'text')
    show(title, 'get')
