"""The user interface that keeps the output instead of showing it
(pywikibot 9.6.3's userinterfaces.buffer_interface, used by tests):
questions get their default answer, pop_output hands the messages back."""
from pywikibot.userinterfaces._interface_base import ABUIC

__all__ = ('UI',)


class UI(ABUIC):
    """Collects output into an unseen buffer."""

    def __init__(self):
        """Start with an empty buffer."""
        super().__init__()
        self._buffer = []

    def flush(self):
        """Drop the buffered output."""
        self.clear()

    def init_handlers(self, root_logger, *args, **kwargs):
        """Keep the messages of the records logged to root_logger (the
        'pywiki' logger; from INFO, from VERBOSE with verbose_output).
        pywikibot's output functions hand their messages to output()."""
        from pywikibot import config
        from pywikibot._loghandlers import BufferRecords
        root_logger.addHandler(BufferRecords(self, bool(config.__dict__.get('verbose_output'))))

    def input(self, question, password=False, default='', force=False):
        """The default answer."""
        return default

    def input_choice(self, question, options, default=None, return_shortcut=True,
                     automatic_quit=True, force=False):
        """The default answer."""
        return default

    def input_list_choice(self, question, answers, default=None, force=False):
        """The default answer."""
        return default

    def output(self, text, *args, **kwargs):
        """Keep text."""
        self._buffer.append(text)

    def pop_output(self):
        """The buffered messages, and an empty buffer."""
        out = []
        for record in self._buffer:
            if not isinstance(record, str):
                raise ValueError('Buffer can only contain logs and strings, had {}'.format(
                    type(record).__name__))
            out.append(record)
        self._buffer = []
        return out

    def clear(self):
        """Drop the buffered output."""
        self._buffer = []
