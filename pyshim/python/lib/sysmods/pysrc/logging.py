"""Logging package for Python (gowikibot subset, CPython-compatible output)."""
import sys
import time
import os
import _gwb_sys
from collections.abc import Mapping as _Mapping

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelNames = [(CRITICAL, "CRITICAL"), (ERROR, "ERROR"), (WARNING, "WARNING"),
               (INFO, "INFO"), (DEBUG, "DEBUG"), (NOTSET, "NOTSET")]
_nameToLevel = {"CRITICAL": CRITICAL, "FATAL": FATAL, "ERROR": ERROR, "WARN": WARNING,
                "WARNING": WARNING, "INFO": INFO, "DEBUG": DEBUG, "NOTSET": NOTSET}

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
raiseExceptions = True
_startTime = time.time()
_disable = 0


def getLevelName(level):
    for lv, name in _levelNames:
        if lv == level:
            return name
    if isinstance(level, str):
        if level in _nameToLevel:
            return _nameToLevel[level]
        return "Level %s" % level
    return "Level %s" % level


def addLevelName(level, levelName):
    global _levelNames
    _levelNames = [(level, levelName)] + _levelNames
    _nameToLevel[levelName] = level


def getLevelNamesMapping():
    return dict(_nameToLevel)


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %s" % repr(level))
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %s" % repr(level))


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        # a lone non-empty mapping is the format's mapping, as CPython's
        if args and len(args) == 1 and isinstance(args[0], _Mapping) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = os.path.basename(pathname)
        self.module = os.path.splitext(self.filename)[0]
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = (ct - int(ct)) * 1000
        self.relativeCreated = (ct - _startTime) * 1000
        self.thread = 1
        self.threadName = "MainThread"
        self.processName = "MainProcess"
        self.process = os.getpid()
        self.taskName = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    for k in dict:
        setattr(rv, k, dict[k])
    return rv


class PercentStyle:
    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def __init__(self, fmt, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        pass

    def format(self, record):
        return _gwb_sys.format_mapping(self._fmt, record)


class StrFormatStyle(PercentStyle):
    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def format(self, record):
        fields = {}
        for k in ("name", "levelname", "levelno", "message", "asctime", "pathname", "filename",
                  "module", "lineno", "funcName", "created", "msecs", "relativeCreated",
                  "thread", "threadName", "process", "processName"):
            if hasattr(record, k):
                fields[k] = getattr(record, k)
        return self._fmt.format(**fields)


_STYLES = {"%": (PercentStyle, BASIC_FORMAT), "{": (StrFormatStyle, "{levelname}:{name}:{message}")}


class Formatter:
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError("Style must be one of: %,{,$")
        self._style = _STYLES[style][0](fmt)
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        ct = time.localtime(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        t = time.strftime(self.default_time_format, ct)
        return self.default_msec_format % (t, record.msecs)

    def formatException(self, ei):
        lines = __import__("traceback").format_exception(ei[0], ei[1], ei[2])
        s = _gwb_sys.join("", lines)
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class Filter:
    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == "."


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters = [f for f in self.filters if f is not filter]

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, "filter"):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


_handlers = []


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        _handlers.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    def createLock(self):
        pass

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter
        if fmt is None:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        sys.stderr.write("--- Logging error ---\n")

    def __repr__(self):
        return "<%s (%s)>" % (_gwb_sys.type_name(self), getLevelName(self.level))


class StreamHandler(Handler):
    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self._explicit = stream is not None
        self.stream = stream

    def _stream(self):
        if self.stream is None:
            return sys.stderr
        return self.stream

    def flush(self):
        s = self._stream()
        if hasattr(s, "flush"):
            s.flush()

    def emit(self, record):
        msg = self.format(record)
        stream = self._stream()
        stream.write(msg + self.terminator)
        self.flush()

    def setStream(self, stream):
        old = self.stream
        self.stream = stream
        return old

    def __repr__(self):
        name = getattr(self._stream(), "name", "")
        return "<%s %s (%s)>" % (_gwb_sys.type_name(self), name, getLevelName(self.level))


class FileHandler(StreamHandler):
    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        StreamHandler.__init__(self, None)
        self.stream = None
        if not delay:
            self.stream = self._open()

    def _open(self):
        return open(self.baseFilename, self.mode)

    def _stream(self):
        if self.stream is None:
            self.stream = self._open()
        return self.stream

    def close(self):
        if self.stream is not None:
            self.stream.close()
            self.stream = None


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    def __init__(self, level=NOTSET):
        StreamHandler.__init__(self)
        self.level = level


lastResort = _StderrHandler(WARNING)


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if _disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, **kwargs):
        if "exc_info" not in kwargs:
            kwargs["exc_info"] = True
        self.error(msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or hasattr(rv, key) and key in ("name", "msg", "args", "levelname", "levelno"):
                    raise KeyError("Attempt to overwrite %s in LogRecord" % repr(key))
                setattr(rv, key, extra[key])
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        if exc_info:
            if _gwb_sys.is_exception(exc_info):
                exc_info = (type(exc_info), exc_info, None)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
                if exc_info[0] is None:
                    exc_info = (None, None, None)
        fn, lno, func = self.findCaller(False, stacklevel)[:3]
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, None)
        self.handle(record)

    def findCaller(self, stack_info=False, stacklevel=1):
        """The file name, line, function name and stack text (None) of the
        code that logged: the stacklevel-th frame outside this module."""
        try:
            frame = sys._getframe(1)
        except ValueError:
            return "(unknown file)", 0, "(unknown function)", None
        found = None
        while frame is not None:
            if frame.f_code.co_filename != _srcfile:
                stacklevel -= 1
                found = frame
                if stacklevel <= 0:
                    break
            frame = frame.f_back
        if found is None:
            return "(unknown file)", 0, "(unknown function)", None
        return found.f_code.co_filename, found.f_lineno, found.f_code.co_name, None

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if not (hdlr in self.handlers):
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        self.handlers = [h for h in self.handlers if h is not hdlr]

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + "." + suffix
        return getLogger(suffix)

    def __repr__(self):
        return "<%s %s (%s)>" % (_gwb_sys.type_name(self), self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


root = RootLogger(WARNING)
Logger.root = root
_loggers = {}


def getLogger(name=None):
    if not name or (isinstance(name, str) and name == root.name):
        return root
    if name in _loggers:
        return _loggers[name]
    logger = Logger(name)
    _loggers[name] = logger
    # parent: the nearest existing ancestor
    parts = name.split(".")
    parent = root
    i = len(parts) - 1
    while i > 0:
        pname = _gwb_sys.join(".", parts[:i])
        if pname in _loggers:
            parent = _loggers[pname]
            break
        i = i - 1
    logger.parent = parent
    # re-parent existing children
    prefix = name + "."
    for other in list(_loggers.values()):
        if other is not logger and other.name.startswith(prefix):
            if other.parent is parent or not other.parent.name.startswith(prefix):
                other.parent = logger
    return logger


def basicConfig(**kwargs):
    force = kwargs.pop("force", False) if hasattr(kwargs, "pop") else False
    if "force" in kwargs:
        force = kwargs["force"]
        del kwargs["force"]
    if force:
        for h in list(root.handlers):
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.get("handlers")
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
            filename = kwargs.get("filename")
            if filename:
                mode = kwargs.get("filemode", "a")
                h = FileHandler(filename, mode)
            else:
                h = StreamHandler(kwargs.get("stream"))
            handlers = [h]
        fs = kwargs.get("format", None)
        style = kwargs.get("style", "%")
        if fs is None:
            fs = _STYLES[style][1]
        dfs = kwargs.get("datefmt", None)
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.get("level")
        if level is not None:
            root.setLevel(level)
        for k in kwargs:
            if k not in ("handlers", "stream", "filename", "filemode", "format", "style", "datefmt", "level", "encoding", "errors"):
                raise ValueError("Unrecognised argument(s): %s" % k)


def _ensure():
    if len(root.handlers) == 0:
        basicConfig()


def critical(msg, *args, **kwargs):
    _ensure()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _ensure()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, **kwargs):
    if "exc_info" not in kwargs:
        kwargs["exc_info"] = True
    error(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    _ensure()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _ensure()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _ensure()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _ensure()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    global _disable
    _disable = level


def shutdown(handlerList=None):
    for h in _handlers:
        h.flush()


def captureWarnings(capture):
    pass


def getLoggerClass():
    return Logger


class LoggerAdapter:
    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)


def _srcfile_probe():
    pass


# frames of this module's own code are skipped when looking for the caller
_srcfile = _srcfile_probe.__code__.co_filename
