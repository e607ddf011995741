"""The user interface object of pywikibot.bot (pywikibot.ui, bot.ui) and
the bot module's logging set-up functions, loaded on first use.

gowikibot's output functions write to the terminal themselves (colour tags
and all); the UI object gives pywikibot's UI methods over them, and the
logging set-up functions set up the 'pywiki' logger's handlers for records
logged to it (pywikibot._loghandlers)."""
import logging
import os
import sys

import pywikibot

__all__ = ('UI', 'ui', 'LoggingFormatter', 'handler_namer', 'init_handlers', 'initialize_handlers',
           'input_list_choice', 'set_interface', 'writelogheader')


class UI:
    """pywikibot's terminal interface: output, input and the choices."""

    def argvu(self):
        """The command line arguments (sys.argv as str)."""
        return [str(a) for a in sys.argv]

    # the encoding the terminal shows text in (config.console_encoding
    # unless set) and config.transliteration_target: output that they
    # cannot show is transliterated while config.transliterate is set
    # (pywikibot._set_output_encoding)
    @property
    def encoding(self):
        return self.__dict__.get('_encoding') or pywikibot.config.console_encoding

    @encoding.setter
    def encoding(self, value):
        self.__dict__['_encoding'] = value
        self._output_encoding_changed()

    @property
    def transliteration_target(self):
        if '_transliteration_target' in self.__dict__:
            return self.__dict__['_transliteration_target']
        return getattr(pywikibot.config, 'transliteration_target', None)

    @transliteration_target.setter
    def transliteration_target(self, value):
        self.__dict__['_transliteration_target'] = value
        self._output_encoding_changed()

    def _output_encoding_changed(self):
        if ui is self:
            pywikibot._set_output_encoding(self.encoding, self.transliteration_target)

    def init_handlers(self, root_logger=None, default_stream='stderr'):
        """Add the terminal's handler to root_logger (the 'pywiki' logger):
        its records shown as pywikibot's terminal shows them (the output
        functions write directly)."""
        if root_logger is not None:
            from pywikibot._loghandlers import TerminalRecords
            root_logger.addHandler(TerminalRecords(bool(pywikibot.config.__dict__.get('verbose_output'))))

    def _raw_input(self):
        """A line typed on sys.stdin, without its line end (EOFError at
        the end of the input)."""
        line = sys.stdin.readline()
        if not line:
            raise EOFError('EOF when reading a line')
        return line.rstrip('\n')

    def flush(self):
        """Flush the output streams."""
        for stream in (sys.stdout, sys.stderr):
            if hasattr(stream, 'flush'):
                stream.flush()

    def support_color(self, target_stream):
        """Whether colours are shown on target_stream (a terminal)."""
        colorized = pywikibot.config.__dict__.get('colorized_output')
        if colorized is not None:
            return bool(colorized)
        return hasattr(target_stream, 'isatty') and target_stream.isatty()

    def output(self, text, targetStream=None):  # noqa: N803 (pywikibot's name)
        """Show text (with its colour tags) on targetStream, stderr by default."""
        stream = targetStream or sys.stderr
        pywikibot._write(text, stream, newline=False)

    stream_output = output

    def input(self, question, password=False, default='', force=False):
        """Ask question; the answer, default if none was typed."""
        return pywikibot.input(question, password=password, default=default, force=force)

    def input_choice(self, question, options, default=None, return_shortcut=True, automatic_quit=True,
                     force=False):
        """Ask question with one-letter answers (see pywikibot.input_choice)."""
        return pywikibot.input_choice(question, options, default=default, return_shortcut=return_shortcut,
                                      automatic_quit=automatic_quit, force=force)

    def input_list_choice(self, question, answers, default=None, force=False):
        """Show answers numbered from 1 (unless forced) and ask for one, by
        number or as typed; the chosen answer. force takes default without
        asking (ValueError if it is no answer)."""
        if not force:
            width = len(str(len(answers)))
            for n, answer in enumerate(answers, 1):
                self.output('{}: {}\n'.format(str(n).rjust(width), answer))
        while True:
            choice = self.input(question, default=default, force=force)
            try:
                index = int(choice) - 1
            except (TypeError, ValueError):
                if choice in answers:
                    return choice
                index = -1
            if 0 <= index < len(answers):
                return answers[index]
            if force:
                raise ValueError('Invalid value "{}" for default during force.'.format(default))
            self.output('Error: Invalid response\n')

    @staticmethod
    def editText(text, jumpIndex=None, highlight=None):  # noqa: N802,N803 (pywikibot's names)
        """Edit text in the configured editor; the new text, or None."""
        from pywikibot import editor
        return editor.TextEditor().edit(text, jumpIndex=jumpIndex, highlight=highlight)


ui = UI()


class LoggingFormatter(logging.Formatter):
    """The formatter of pywikibot's log files."""


def handler_namer(name):
    """The name of a rotated log file with the counter before the
    extension: 'add_text.log.1' -> 'add_text.1.log'."""
    path, qualifier = name.rsplit('.', 1)
    root, ext = os.path.splitext(path)
    return '{}.{}{}'.format(root, qualifier, ext)


def init_handlers():
    """Set up the 'pywiki' logger's handlers for the user interface, once
    (set_interface sets them up again); see pywikibot._loghandlers."""
    from pywikibot import _loghandlers
    if not _loghandlers.initialized:
        pywikibot._logging_handlers_set = True
        _loghandlers.init_handlers(ui)


def initialize_handlers(function):
    """Decorator: call init_handlers before function."""
    def wrapper(*args, **kwargs):
        init_handlers()
        return function(*args, **kwargs)
    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper


def input_list_choice(question, answers, default=None, force=False):
    """Ask the user to choose one of answers (see UI.input_list_choice)."""
    return ui.input_list_choice(question, answers, default=default, force=force)


def set_interface(module_name):
    """Use the user interface of pywikibot.userinterfaces.<module_name>_interface:
    gowikibot has the terminal one and 'buffer', which keeps the output."""
    global ui
    if module_name == 'terminal':
        ui = UI()
        pywikibot._buffer = None
    else:
        import importlib
        ui = importlib.import_module('pywikibot.userinterfaces.{}_interface'.format(module_name)).UI()
        pywikibot._buffer = getattr(ui, 'output', None)
    bot = sys.modules.get('pywikibot.bot')
    if bot is not None and 'ui' in bot.__dict__:
        setattr(bot, 'ui', ui)
    setattr(pywikibot, 'ui', ui)
    pywikibot.argvu = ui.argvu()
    pywikibot._set_output_encoding(getattr(ui, 'encoding', None) or pywikibot.config.console_encoding,
                                   getattr(ui, 'transliteration_target', None))
    # set up again for the new interface, as pywikibot's, once set up
    loghandlers = sys.modules.get('pywikibot._loghandlers')
    if loghandlers is not None and loghandlers.initialized:
        loghandlers.init_handlers(ui)


def writelogheader():
    """Write the log header (pywikibot version, command, date): to the
    log, shown with -v."""
    pywikibot.log('\n=== Pywikibot framework v{} -- Logging header ==='.format(pywikibot.__version__))
    pywikibot.log('COMMAND: {}'.format(sys.argv))
    pywikibot.log('DATE: {} UTC'.format(pywikibot.Timestamp.utcnow().replace(microsecond=0)))
    from pywikibot import version
    pywikibot.log('VERSION: {}'.format(version.getversion(online=False)))
    pywikibot.log('=' * 57)
