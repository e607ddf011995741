"""Additional handlers for the logging package (gowikibot subset)."""
import logging


class RotatingFileHandler(logging.FileHandler):
    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)
        self.maxBytes = maxBytes
        self.backupCount = backupCount


class TimedRotatingFileHandler(logging.FileHandler):
    def __init__(self, filename, when="h", interval=1, backupCount=0, encoding=None, delay=False, utc=False, atTime=None, errors=None):
        logging.FileHandler.__init__(self, filename, "a", encoding, delay)


class WatchedFileHandler(logging.FileHandler):
    pass


class QueueHandler(logging.Handler):
    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def emit(self, record):
        self.queue.put_nowait(record)


class MemoryHandler(logging.Handler):
    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []
        self.target = target

    def emit(self, record):
        self.buffer.append(record)
