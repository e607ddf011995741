"""The handlers of the 'pywiki' logger, as pywikibot 9.6.3's bot.init_handlers
sets them up: a record that a script (or a library) logs to 'pywiki' or a
logger under it is shown as pywikibot shows it: STDOUT on stdout; INFO to
INPUT on stderr (from VERBOSE with config.verbose_output); WARNING and above
on stderr after their level's name ('Level 45: ' for a level without one);
nothing else. The record's 'newline' ends it. The buffer interface keeps
the messages instead (from INFO).

gowikibot's own output functions (pywikibot.info, ...) write directly and do
not go through these handlers (a logging call per line costs start-up and
time); the handlers are for records logged to the logger itself. They are
set up as pywikibot sets them up: by the first output (when the logging
module is imported by then: pywikibot._capture_warnings), by
bot.init_handlers(), and again by set_interface once set up."""
import logging
import sys

from pywikibot.logging import DEBUG, INFO, INPUT, STDOUT, VERBOSE, WARNING

__all__ = ('TerminalRecords', 'BufferRecords', 'init_handlers')

#: whether the handlers are set up (set_interface sets them up again then)
initialized = False


class TerminalRecords(logging.Handler):
    """pywikibot's three terminal handlers as one: each record written to
    the stream of its level (sys.stdout or sys.stderr as they are when it
    is logged), formatted as pywikibot's formatters format it."""

    def __init__(self, verbose=False):
        super().__init__()
        self.lowest = VERBOSE if verbose else INFO
        self.plain = logging.Formatter(fmt='%(message)s%(newline)s')
        self.prefixed = logging.Formatter(fmt='%(levelname)s: %(message)s%(newline)s')

    def emit(self, record):
        """Write record as pywikibot's handler of its level does."""
        import pywikibot
        level = record.levelno
        if level >= WARNING:
            formatter, stream = self.prefixed, sys.stderr
        elif level == STDOUT:
            formatter, stream = self.plain, sys.stdout
        elif self.lowest <= level <= INPUT:
            formatter, stream = self.plain, sys.stderr
        else:
            return
        try:
            text = formatter.format(record)
        except Exception:
            self.handleError(record)
            return
        pywikibot._write(text, stream, newline=False)


class BufferRecords(logging.Handler):
    """The buffer interface's handler: the message of each record (from
    INFO, from VERBOSE with config.verbose_output) kept by the interface."""

    def __init__(self, ui, verbose=False):
        super().__init__(level=VERBOSE if verbose else INFO)
        self.ui = ui

    def emit(self, record):
        """Keep the record's message."""
        self.ui.output(record.getMessage())


def init_handlers(ui=None):
    """Set up the 'pywiki' logger for ui (None: pywikibot.bot's user
    interface, the terminal's when none was set): its old handlers closed
    and removed, ui's added (ui.init_handlers(logger)), level DEBUG + 1,
    not propagating."""
    global initialized
    root = logging.getLogger('pywiki')
    root.setLevel(DEBUG + 1)
    for handler in root.handlers:
        handler.close()
    root.handlers.clear()
    root.propagate = False
    if ui is None:
        uimod = sys.modules.get('pywikibot._ui')
        ui = uimod.ui if uimod is not None else None
    if ui is None:
        root.addHandler(TerminalRecords(_verbose()))
    else:
        ui.init_handlers(root)
    initialized = True


def _verbose():
    from pywikibot import config
    return bool(config.__dict__.get('verbose_output'))
