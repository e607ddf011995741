"""pywikibot's asynchronous requests (loaded on first use of one of its
names, or by an asynchronous save): async_request puts a call on
page_put_queue, which the daemon thread Put-Thread (async_manager) runs one
after another; stopme() and the interpreter's exit (_flush, an atexit
callback) wait for the queue, saying how many pages are left when that
takes longer than config.noisysleep, and a Ctrl-C while they wait asks
whether to really exit (no: the rest of the queue runs in this thread).

As in pywikibot 9.6.3: the thread is started once (a Put-Thread that died
of an exception is not restarted, its queue stays unserved); a request's
exception ends the thread (threading reports it); page_put_queue_busy
holds one item while a request runs."""
import atexit
import datetime
import queue
import threading

from pywikibot import config

__all__ = ('async_manager', 'async_request', 'page_put_queue', 'page_put_queue_busy')

#: the pending requests: (callable, args, kwargs); a None callable stops
#: the thread
page_put_queue = queue.Queue(config.max_queue_size)

# one item while async_manager runs a request (pywikibot's T147178)
page_put_queue_busy = queue.Queue(config.max_queue_size)


def async_manager(block=True):
    """Run the queued requests in order; a None request ends the loop.
    Without block, return as soon as the queue is empty."""
    while True:
        if not block and page_put_queue.empty():
            break
        request, args, kwargs = page_put_queue.get(block)
        page_put_queue_busy.put(None)
        if request is None:
            break
        request(*args, **kwargs)
        page_put_queue.task_done()
        page_put_queue_busy.get()


_putthread = threading.Thread(target=async_manager, name='Put-Thread', daemon=True)


def async_request(request, *args, **kwargs):
    """Queue request(*args, **kwargs), starting the Put-Thread if it has
    not been started (a full queue makes this wait)."""
    if not _putthread.is_alive():
        with page_put_queue.mutex:
            try:
                _putthread.start()
            except (AssertionError, RuntimeError):
                pass  # started before and ended: the request waits unserved
    page_put_queue.put((request, args, kwargs))


def _remaining(stop):
    """(pages left, their estimated time) by config.put_throttle; at exit
    the None that stops the thread is not counted."""
    pages = page_put_queue.qsize()
    if stop:
        pages -= 1
    return pages, datetime.timedelta(seconds=round(pages * config.put_throttle))


def _flush(stop=True):
    """Wait until the Put-Thread has served the queue. stop (at exit): the
    thread is told to end after it. Without stop (stopme()) the queue is
    emptied afterwards."""
    import pywikibot
    if stop:
        page_put_queue.put((None, [], {}))
    num, sec = _remaining(stop)
    if num > 0 and sec.total_seconds() > config.noisysleep:
        pywikibot.info('<<lightblue>>Waiting for {} pages to be put. Estimated time remaining: {}<<default>>'
                       .format(num, sec))
    exit_queue = None
    if _putthread is not threading.current_thread():
        while _putthread.is_alive() and not (page_put_queue.empty() and page_put_queue_busy.empty()):
            try:
                _putthread.join(1)
            except KeyboardInterrupt:
                exit_queue = pywikibot.input_yn(
                    'There are {} pages remaining in the queue. Estimated time remaining: {}\n'
                    'Really exit?'.format(*_remaining(stop)), default=False, automatic_quit=False)
                break
    if exit_queue is False:
        # the rest of the queue, in this thread
        try:
            async_manager(block=False)
        except KeyboardInterrupt:
            pass
    if not stop:
        with page_put_queue.mutex:
            page_put_queue.all_tasks_done.notify_all()
            page_put_queue.queue.clear()
            page_put_queue.not_full.notify_all()


atexit.register(_flush)
