"""Asynchronous saves (Page.save(asynchronous=True, callback=...)): the
saves go on pywikibot.page_put_queue and run one after another in the
Put-Thread; stopme() waits for them and says how many are left. The
Put-Thread is held by a first request until the test answers on stdin,
after the waiting line, so that the count is the same on every run."""
import sys
import threading

import pywikibot

tag = ' '.join(sys.argv[1:])  # in the texts: new ones on every run
site = pywikibot.Site()
site.login()
started = threading.Event()


def hold():
    started.set()
    sys.stdin.readline()


def done(page, err):
    print('callback', page.title(), repr(err) if err is None else type(err).__name__,
          threading.current_thread().name)


pywikibot.async_request(hold)
started.wait()
for i in range(5):
    page = pywikibot.Page(site, 'Async save %d' % i)
    page.text = 'Text %d of an asynchronous save.%s' % (i, tag)
    page.save(summary='async save %d' % i, asynchronous=True, callback=done)
print('queued', pywikibot.page_put_queue.qsize())
pywikibot.stopme()
print('after stopme', pywikibot.page_put_queue.qsize(), pywikibot.page_put_queue_busy.qsize())

# held again: at exit the queue holds four requests; the exit waits for
# them and says so. One is a save the wiki refuses: reported on stderr and
# given to the callback.
started.clear()
pywikibot.async_request(hold)
started.wait()
page = pywikibot.Page(site, 'MediaWiki:Async denied')
page.text = 'not allowed'
page.save(summary='async denied', asynchronous=True, callback=done)
for i in range(3):
    page = pywikibot.Page(site, 'Async save %d' % i)
    page.put('Text %d, saved again.%s' % (i, tag), summary='async put %d' % i, asynchronous=True)
print('end of script')
