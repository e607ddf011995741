"""Asynchronous saves with callbacks, run as a file by pywikibot and
gowikibot (side-by-side test): Page.save(asynchronous=True, callback=...)
and Page.put(..., asynchronous=True) queue the saves for pywikibot's
Put-Thread, which calls back with the page and the error (None when
saved); stopme() waits for the queue."""
import threading

import pywikibot

site = pywikibot.Site()
done = []


def report(page, err):
    done.append(page.title())
    if err is None:
        print('saved', page.title(), 'in', threading.current_thread().name)
    else:
        print('not saved:', page.title(), 'in', threading.current_thread().name, type(err).__name__)


for i in range(5):
    page = pywikibot.Page(site, 'Async page %d' % i)
    page.text = 'Asynchronous text %d.' % i
    page.save(summary='async-sum %d' % i, asynchronous=True, callback=report)
page = pywikibot.Page(site, 'Async page 0')
page.put('Asynchronous text 0, put again.', summary='async-put', asynchronous=True, callback=report)
page = pywikibot.Page(site, 'MediaWiki:Async refused')
page.text = 'interface text'
page.save(summary='async-refused', asynchronous=True, callback=report)
pywikibot.stopme()
print(len(done), 'callbacks when stopme() returned')
