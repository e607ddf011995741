"""Python part of the warnings subsystem (gowikibot)."""
import sys
import _gwb_sys

filters = []
_onceregistry = {}
defaultaction = "default"
_shown = {}


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = _gwb_sys.type_name(category) if category else None

    def __str__(self):
        return ("{message : %s, category : %s, filename : %s, lineno : %s, line : %s}" %
                (repr(self.message), repr(self._category_name), repr(self.filename), self.lineno, repr(self.line)))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, _gwb_sys.type_name(category), message)
    if line is None:
        try:
            import linecache
            line = linecache.getline(filename, lineno)
        except Exception:
            line = None
    if line:
        s = s + "  " + line.strip() + "\n"
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def _add_filter(item, append):
    global filters
    if item in filters:
        return
    if append:
        filters.append(item)
    else:
        filters = [item] + filters


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError("invalid action: %s" % repr(action))
    _add_filter((action, message, category, module, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError("invalid action: %s" % repr(action))
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    global filters
    filters = []


def _matches(pattern, text):
    if not pattern:
        return True
    import re
    return re.match(pattern, text, re.I) is not None


def _action_for(text, category, module="", lineno=0):
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _matches(msg, text)) and _gwb_sys.issubclass(category, cat)
                and (mod is None or _matches_module(mod, module)) and (ln == 0 or ln == lineno)):
            return action
    if _gwb_sys.issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore"
    return defaultaction


def _matches_module(pattern, module):
    if not pattern:
        return True
    import re
    return re.match(pattern, module) is not None


def _caller(stacklevel):
    """The file, line and module of the frame stacklevel frames above
    warn's caller's caller (sys:1 when the stack is not that deep)."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return "sys", 1, "sys"
    globs = frame.f_globals
    return frame.f_code.co_filename, frame.f_lineno, globs.get("__name__", "<string>")


def warn(message, category=None, stacklevel=1, source=None):
    if _gwb_sys.is_exception(message):
        category = type(message)
        text = str(message)
    else:
        if category is None:
            category = UserWarning
        if not _gwb_sys.issubclass(category, Warning):
            raise TypeError("category must be a Warning subclass, not '%s'" % _gwb_sys.type_name(category))
        text = str(message)
        message = category(text)
    filename, lineno, module = _caller(stacklevel)
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    # (the registry's keys are strings: this module is not pre-passed, and
    # gpython's own dict takes no tuple keys)
    key = None
    cat = _gwb_sys.type_name(category)
    if action == "once":
        key = cat + "\0" + text
    elif action == "module":
        key = cat + "\0" + text + "\0" + module
    elif action == "default":
        key = cat + "\0" + text + "\0" + module + "\0" + str(lineno)
    if key is not None:
        if key in _shown:
            return
        _shown[key] = True
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    _show(msg)


def _show(msg):
    sw = showwarning
    if sw is not _orig_showwarning:
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_orig_showwarning = showwarning


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    if category is None:
        category = UserWarning
    text = str(message)
    action = _action_for(text, category)
    if action == "ignore":
        return
    if action == "error":
        if _gwb_sys.is_exception(message):
            raise message
        raise category(text)
    _show(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    def __init__(self, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        # the warnings module whose showwarning a subclass may replace, as
        # CPython's (pywikibot's test framework sets self._module.showwarning)
        self._module = sys.modules['warnings'] if module is None else module
        self._record = record
        self._entered = False
        self._action = action
        self._category = category

    def __enter__(self):
        global filters, showwarning, _shown
        self._entered = True
        self._filters = filters
        filters = list(filters)
        self._showwarning = showwarning
        self._shown = _shown
        _shown = {}
        if self._action:
            simplefilter(self._action, self._category)
        if self._record:
            log = []

            def _record_warning(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = _record_warning
            return log
        return None

    def __exit__(self, *exc_info):
        global filters, showwarning, _shown
        filters = self._filters
        showwarning = self._showwarning
        _shown = self._shown
