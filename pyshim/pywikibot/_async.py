"""pywikibot.async_request and its queue (loaded on first use): requests
put on page_put_queue run one after another in a background thread, and
the process waits for them at exit, as in pywikibot."""
import atexit
import queue
import threading

from pywikibot import config

__all__ = ('async_manager', 'async_request', 'page_put_queue', 'page_put_queue_busy')

page_put_queue = queue.Queue(config.max_queue_size)
page_put_queue_busy = queue.Queue(config.max_queue_size)

_thread = []


def async_manager(block=True):
    """Run the queued requests; a None request ends it. Without block,
    return when the queue is empty."""
    while True:
        if not block and page_put_queue.empty():
            break
        request, args, kwargs = page_put_queue.get()
        page_put_queue_busy.put(None)
        try:
            if request is None:
                break
            request(*args, **kwargs)
        finally:
            page_put_queue.task_done()
            page_put_queue_busy.get()


def async_request(request, *args, **kwargs):
    """Queue request(*args, **kwargs), starting the background thread
    that runs the queue if it is not running."""
    if not _thread or not _thread[0].is_alive():
        t = threading.Thread(target=async_manager, name='Put-Thread', daemon=True)
        _thread[:] = [t]
        t.start()
    page_put_queue.put((request, args, kwargs))


def _flush():
    if _thread and _thread[0].is_alive():
        page_put_queue.put((None, (), {}))
        _thread[0].join()


atexit.register(_flush)
