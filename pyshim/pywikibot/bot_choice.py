"""Answer options for pywikibot.input_choice (gowikibot's own version).

Each option has an option name and a one-letter shortcut; input_choice
shows them as "[y]es" style entries and returns the chosen shortcut.
"""
from pywikibot import QuitKeyboardInterrupt  # noqa: F401


class Option:
    """Base of all answer options."""

    def __init__(self, stop=True):
        self._stop = stop

    @property
    def stop(self):
        """Whether choosing this option ends the question."""
        return self._stop

    def handled(self, value):
        """The option that handles the answer value, or None."""
        if self.test(value):
            return self
        return None

    def test(self, value):
        """Whether the answer value selects this option."""
        return False

    def result(self, value):
        """What input_choice returns for value."""
        return value


class StandardOption(Option):
    """An option with a name and a shortcut letter inside it."""

    def __init__(self, option, shortcut, **kwargs):
        Option.__init__(self, **kwargs)
        self.option = option
        self.shortcut = shortcut.lower()

    def format(self, default=None):
        """The option as shown in the question, e.g. "[y]es"."""
        index = self.option.lower().find(self.shortcut)
        key = self.shortcut.upper() if default is not None and \
            self.shortcut == str(default).lower() else self.shortcut
        if index >= 0:
            return '{}[{}]{}'.format(self.option[:index], key,
                                     self.option[index + len(self.shortcut):])
        return '{} [{}]'.format(self.option, key)

    def test(self, value):
        return value.lower() in (self.option.lower(), self.shortcut)

    def result(self, value):
        return self.shortcut

    def __getitem__(self, i):
        return (self.option, self.shortcut)[i]

    def __iter__(self):
        return iter((self.option, self.shortcut))


class OutputProxyOption(StandardOption):
    """An option that shows something instead of ending the question."""

    def __init__(self, option, shortcut, output, **kwargs):
        StandardOption.__init__(self, option, shortcut, stop=False)
        self._outputter = output

    def output(self):
        self._outputter.output()


class NestedOption(StandardOption):
    """An option that holds further options."""

    def __init__(self, option, shortcut, description, options):
        StandardOption.__init__(self, option, shortcut, stop=False)
        self.description = description
        self.options = options


class IntegerOption(Option):
    """A number within an optional range."""

    def __init__(self, minimum=1, maximum=None, prefix='', **kwargs):
        Option.__init__(self, **kwargs)
        self.minimum = minimum
        self.maximum = maximum
        self.prefix = prefix

    def test(self, value):
        value = value.lower()
        if self.prefix:
            if not value.startswith(self.prefix):
                return False
            value = value[len(self.prefix):]
        if not value.lstrip('-').isdigit():
            return False
        n = int(value)
        if self.minimum is not None and n < self.minimum:
            return False
        if self.maximum is not None and n > self.maximum:
            return False
        return True

    def result(self, value):
        return (self.prefix, int(value[len(self.prefix):]))


class ListOption(IntegerOption):
    """Choose an entry of a list by its number."""

    def __init__(self, sequence, prefix='', **kwargs):
        IntegerOption.__init__(self, 1, len(sequence), prefix, **kwargs)
        self._list = sequence

    def result(self, value):
        return (self.prefix, self._list[int(value[len(self.prefix):]) - 1])


class QuitKeyboardInterruptOption(StandardOption):
    """Quit: raises QuitKeyboardInterrupt."""

    def __init__(self):
        StandardOption.__init__(self, 'quit', 'q')

    def handled(self, value):
        if self.test(value):
            raise QuitKeyboardInterrupt()
        return None


class AlwaysChoice(StandardOption):
    """An 'always' answer that remembers it was chosen."""

    def __init__(self, replacer=None, option='always', shortcut='a'):
        StandardOption.__init__(self, option, shortcut, stop=False)
        self.always = False
        self._replacer = replacer

    def handle(self):
        self.always = True
        return True


class ChoiceException(StandardOption, Exception):
    """An answer option that is raised as an exception when chosen."""

    def __init__(self, option, shortcut, **kwargs):
        StandardOption.__init__(self, option, shortcut, **kwargs)
        Exception.__init__(self, option)

    def result(self, value):
        return self


class UnhandledAnswer(Exception):
    """The answer was not handled; stop says whether to ask again."""

    def __init__(self, stop=False):
        Exception.__init__(self)
        self.stop = stop


class Choice(StandardOption):
    """An option whose handle() does the work for a replacer."""

    def __init__(self, option, shortcut, replacer=None):
        StandardOption.__init__(self, option, shortcut)
        self._replacer = replacer

    @property
    def replacer(self):
        return self._replacer

    def handle(self):
        """Do what the choice means; subclasses override it."""
        raise NotImplementedError()


class StaticChoice(Choice):
    """A choice whose handle() returns a fixed value."""

    def __init__(self, option, shortcut, result):
        Choice.__init__(self, option, shortcut, None)
        self._result = result

    def handle(self):
        return self._result


class ContextOption(OutputProxyOption):
    """An option that shows more of the text around a place."""

    def __init__(self, option, shortcut, text, context, delta=100, start=0, end=0):
        StandardOption.__init__(self, option, shortcut, stop=False)
        self.text = text
        self.context = context
        self.delta = delta
        self.start = start
        self.end = end

    def output(self):
        import pywikibot
        start = max(0, self.start - self.context)
        end = min(len(self.text), self.end + self.context)
        pywikibot.info(self.text[start:end])
