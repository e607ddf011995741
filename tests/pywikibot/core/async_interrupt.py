"""Ctrl-C while the exit waits for asynchronous saves: pywikibot asks
whether to really exit; no saves the rest of the queue in the main
thread, yes leaves it unsaved. The Put-Thread is held by a first request
that never ends."""
import sys
import threading

import pywikibot

site = pywikibot.Site()
site.login()
started = threading.Event()


def hold():
    started.set()
    threading.Event().wait()


def done(page, err):
    print('callback', page.title(), err, threading.current_thread().name)


pywikibot.async_request(hold)
started.wait()
for i in range(4):
    page = pywikibot.Page(site, 'Async interrupt {} {}'.format(sys.argv[1], i))
    page.text = 'Text {} of an interrupted queue.{}'.format(i, ' '.join(sys.argv[2:]))
    page.save(summary='async interrupt {}'.format(i), asynchronous=True, callback=done)
print('end of script')
