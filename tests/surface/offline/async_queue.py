"""pywikibot's request queue without a wiki: requests run in order in the
daemon Put-Thread; stopme() waits for them and empties the queue; a request
that raises ends the Put-Thread (threading's excepthook reports it), which is
not started again: later requests stay queued, unserved, and stopme() does
not wait for them. put_throttle 0: no "Waiting for" line (its count depends
on timing)."""
import threading

import pywikibot
from pywikibot import async_request, page_put_queue, page_put_queue_busy

pywikibot.config.put_throttle = 0
threading.excepthook = lambda args: print('excepthook:', args.exc_type.__name__, args.exc_value,
                                          args.thread.name)
ran = []
async_request(ran.append, 'first')
async_request(lambda: ran.append(threading.current_thread().name))
pywikibot.stopme()
print('ran', ran, 'queue', page_put_queue.qsize(), 'busy', page_put_queue_busy.qsize())
print(pywikibot._putthread.name, pywikibot._putthread.daemon, pywikibot._putthread.is_alive())


def fail(what):
    raise ValueError('request ' + what + ' failed')


async_request(fail, 'three')
async_request(ran.append, 'never')
pywikibot.stopme()
print('ran', ran, 'queue', page_put_queue.qsize(), 'busy', page_put_queue_busy.qsize())
async_request(ran.append, 'not started again')
print('queue', page_put_queue.qsize(), 'alive', pywikibot._putthread.is_alive())
