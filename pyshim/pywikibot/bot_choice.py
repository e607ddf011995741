"""Answer options for pywikibot.input_choice (gowikibot's own version).

Each option has an option name and a one-letter shortcut; input_choice
shows them as "[y]es" style entries and returns the chosen shortcut.
"""
from pywikibot import _QuitKeyboardInterrupt as QuitKeyboardInterrupt  # noqa: F401


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

    def format(self, default=None):
        """The option as shown in the question (each kind of option says)."""
        raise NotImplementedError

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


class OutputOption(Option):
    """An option that shows something (its out text) instead of ending
    the question."""

    before_question = False

    @property
    def stop(self):
        return False

    def result(self, value):
        return None

    @property
    def out(self):
        """The text shown when this option is chosen."""
        return ''

    def output(self):
        """Show out (deprecated since pywikibot 6.5, removed in 9; 7.7.3's
        category.py calls it)."""
        import pywikibot
        from pywikibot._deprecate import issue_deprecation_warning
        issue_deprecation_warning('pywikibot.bot_choice.OutputOption.output',
                                  'pywikibot.output(OutputOption.out)', since='6.5')
        pywikibot.output(self.out)


class OutputProxyOption(OutputOption, StandardOption):
    """An option that shows another object's out text."""

    def __init__(self, option, shortcut, output, **kwargs):
        StandardOption.__init__(self, option, shortcut, **kwargs)
        self._outputter = output

    @property
    def out(self):
        if not hasattr(self._outputter, 'out'):
            self._outputter.output()
            return ''
        return self._outputter.out


class NestedOption(OutputOption, StandardOption):
    """An option that holds further options: its out text is the
    description with those options, and an answer one of them handles is
    handled by that one."""

    def __init__(self, option, shortcut, description, options):
        StandardOption.__init__(self, option, shortcut, stop=False)
        self.description = description
        self.options = options
        self._output = ''

    @property
    def stop(self):
        return False

    def result(self, value):
        return None

    def format(self, default=None):
        self._output = Option.formatted(self.description, self.options)
        return StandardOption.format(self, default)

    def handled(self, value):
        for option in self.options:
            found = option.handled(value)
            if found is not None:
                return found
        return StandardOption.handled(self, value)

    @property
    def out(self):
        return self._output


class IntegerOption(Option):
    """A number within an optional range, written after a prefix."""

    def __init__(self, minimum=1, maximum=None, prefix='', **kwargs):
        Option.__init__(self, **kwargs)
        if not ((minimum is None or isinstance(minimum, int))
                and (maximum is None or isinstance(maximum, int))):
            raise ValueError('The minimum and maximum parameters must be int or None.')
        if minimum is not None and maximum is not None and minimum > maximum:
            raise ValueError('The minimum must be lower than the maximum.')
        self._min = minimum
        self._max = maximum
        self.prefix = prefix

    @property
    def minimum(self):
        return self._min

    @property
    def maximum(self):
        return self._max

    def parse(self, value):
        """The number in value (ValueError without the prefix)."""
        if value.lower().startswith(self.prefix.lower()):
            return int(value[len(self.prefix):])
        raise ValueError('Value does not start with prefix')

    def test(self, value):
        try:
            n = self.parse(value)
        except ValueError:
            return False
        return ((self.minimum is None or n >= self.minimum)
                and (self.maximum is None or n <= self.maximum))

    def format(self, default=None):
        """The option as shown in the question, e.g. "<number> [1-3]"."""
        value = None
        if default is not None and self.test(default):
            value = self.parse(default)
            shown = '[{}]'.format(value)
        else:
            shown = ''
        if self.minimum is None and self.maximum is None:
            return '{}<number> [any{}]'.format(self.prefix, shown)
        if shown and value == self.minimum:
            low, shown = shown, ''
        else:
            low = '' if self.minimum is None else str(self.minimum)
        if shown and value == self.maximum:
            high, shown = shown, ''
        else:
            high = '' if self.maximum is None else str(self.maximum)
        sep = '-{}-'.format(shown) if shown else '-'
        rng = low if self.minimum == self.maximum else low + sep + high
        return '{}<number> [{}]'.format(self.prefix, rng)

    def result(self, value):
        return (self.prefix, self.parse(value))


class ListOption(IntegerOption):
    """Choose an entry of a list by its number (counted from 1)."""

    def __init__(self, sequence, prefix='', **kwargs):
        self._list = sequence
        if not sequence:
            raise ValueError('The sequence is empty.')
        IntegerOption.__init__(self, 1, None, prefix, **kwargs)

    @property
    def maximum(self):
        return len(self._list)

    def format(self, default=None):
        if not self._list:
            raise ValueError('The sequence is empty.')
        return IntegerOption.format(self, default)

    def result(self, value):
        return (self.prefix, self._list[self.parse(value) - 1])


class ShowingListOption(ListOption, OutputOption):
    """A ListOption that shows its entries, numbered, before the question
    (with the text pre above and post below them); choosing one ends the
    question."""

    before_question = True

    def __init__(self, sequence, prefix='', pre=None, post=None, **kwargs):
        ListOption.__init__(self, sequence, prefix, **kwargs)
        self.pre = pre
        self.post = post

    @property
    def stop(self):
        return self._stop

    @property
    def out(self):
        lines = [] if self.pre is None else [self.pre]
        width = len(str(self.maximum))
        for i, item in enumerate(self._list, self.minimum):
            lines.append('{} - {}'.format(str(i).rjust(width), item))
        if self.post is not None:
            lines.append(self.post)
        return ''.join(line + '\n' for line in lines)

    def result(self, value):
        return ListOption.result(self, value)


class MultipleChoiceList(ListOption):
    """A ListOption answered with several numbers, separated by commas;
    the result is (prefix, the chosen entries)."""

    def test(self, value):
        try:
            numbers = [self.parse(v) for v in value.split(',')]
        except ValueError:
            return False
        return all((self.minimum is None or n >= self.minimum) and (self.maximum is None or n <= self.maximum)
                   for n in numbers)

    def result(self, value):
        return (self.prefix, [self._list[self.parse(v) - 1] for v in value.split(',')])


class ShowingMultipleChoiceList(ShowingListOption, MultipleChoiceList):
    """A MultipleChoiceList that shows its entries before the question."""

    def result(self, value):
        return MultipleChoiceList.result(self, value)


class QuitKeyboardInterruptOption(StandardOption):
    """Quit: raises QuitKeyboardInterrupt."""

    def __init__(self):
        StandardOption.__init__(self, 'quit', 'q')

    def handled(self, value):
        if self.test(value):
            raise QuitKeyboardInterrupt()
        return None


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

    def __init__(self, option, shortcut, replacer):
        StandardOption.__init__(self, option, shortcut)
        self._replacer = replacer

    @property
    def replacer(self):
        return self._replacer

    def handle(self):
        """Do what the choice means; subclasses override it."""
        raise NotImplementedError()


class AlwaysChoice(Choice):
    """An 'always' answer that remembers it was chosen (a Choice, as in
    pywikibot: choosing it ends the question and the replacer's
    handle_answer finds it by its shortcut)."""

    def __init__(self, replacer, option='always', shortcut='a'):
        Choice.__init__(self, option, shortcut, replacer)
        self.always = False

    def handle(self):
        self.always = True
        return True if self._replacer is None else self.answer

    def handle_link(self):
        """Whether the default answer is to be applied without asking."""
        return self.always

    @property
    def answer(self):
        """The replacer's answer for its default shortcut."""
        if not self._replacer:
            raise ValueError('AlwaysChoice requires a replacer')
        return self._replacer.handle_answer(self._replacer._default)


class StaticChoice(Choice):
    """A choice whose handle() returns a fixed value."""

    def __init__(self, option, shortcut, result):
        Choice.__init__(self, option, shortcut, None)
        self._result = result

    def handle(self):
        return self._result


class ContextOption(OutputOption, StandardOption):
    """An option that shows the text around a place, more each time it is
    chosen (context grows by delta)."""

    def __init__(self, option, shortcut, text, context, delta=100, start=0, end=0):
        StandardOption.__init__(self, option, shortcut, stop=False)
        self.text = text
        self.context = context
        self.delta = delta
        self.start = start
        self.end = end

    @property
    def stop(self):
        return False

    def result(self, value):
        self.context += self.delta
        return None

    @property
    def out(self):
        """The text from context characters before start to context
        characters after end."""
        start = max(0, self.start - self.context)
        end = min(len(self.text), self.end + self.context)
        return self.text[start:end]

    def output_range(self, start, end):
        """Show text[start:end] (deprecated)."""
        import pywikibot
        pywikibot.output(self.text[start:end])


class HighlightContextOption(ContextOption):
    """A ContextOption that shows the region start..end in color."""

    color = 'lightred'

    @property
    def out(self):
        start = max(0, self.start - self.context)
        end = min(len(self.text), self.end + self.context)
        return '{}<<{color}>>{}<<default>>{}'.format(
            self.text[start:self.start], self.text[self.start:self.end],
            self.text[self.end:end], color=self.color)

    def output_range(self, start, end):
        """Show text[start:end] with the region highlighted (deprecated)."""
        import pywikibot
        pywikibot.output('{}<<{color}>>{}<<default>>{}'.format(
            self.text[start:self.start], self.text[self.start:self.end],
            self.text[self.end:end], color=self.color))


def _formatted(text, options, default=None):
    """The question with its options, wrapped at 77 columns; a colour tag
    counts two columns, as in pywikibot (which wraps the text with '{}'
    in place of each tag)."""
    import re
    from textwrap import fill
    text = '{} ({})'.format(text, ', '.join(o.format(default=default) for o in options))
    pattern = '<<[a-z]+>>'
    tags = re.findall(pattern, text)
    wrapped = fill(re.sub(pattern, '\x00\x00', text), width=77)
    for tag in tags:
        wrapped = wrapped.replace('\x00\x00', tag, 1)
    return wrapped


Option.formatted = staticmethod(_formatted)


def choose(question, options, default=None, return_shortcut=True, automatic_quit=True, force=False,
           write=None, read=None):
    """pywikibot.input_choice for answers that are Option objects (tuples
    of option and shortcut are made StandardOptions): ask until an option
    that stops the question handles the answer; return its result (or its
    index with return_shortcut=False). Output options show their text
    before or after the question; a ChoiceException chosen is raised.
    write(text) shows text, read(prompt) reads the answer."""
    if force and default is None:
        raise ValueError('With no default option it cannot be forced')
    if isinstance(options, Option):
        options = [options]
    else:
        options = list(options)
    if not options:
        raise ValueError('No options are given.')
    if automatic_quit:
        options.append(QuitKeyboardInterruptOption())
    if default:
        default = default.lower()
    for i, option in enumerate(options):
        if not isinstance(option, Option):
            if len(option) != 2:
                raise ValueError('Option #{} does not consist of an option and shortcut.'.format(i))
            options[i] = StandardOption(option[0], option[1])

    def show(option, before):
        if isinstance(option, OutputOption) and getattr(option, 'before_question', False) is before:
            write(option.out)

    handled = False
    index = -1
    answer = None
    while not handled:
        for option in options:
            show(option, True)
        text = _formatted(question, options, default)
        if force:
            write(text)
            answer = default
        else:
            answer = read(text) or default
        if answer:
            for index, option in enumerate(options):
                if option.handled(answer):
                    answer = option.result(answer)
                    show(option, False)
                    handled = option.stop
                    break
            else:
                if force:
                    raise ValueError('The forced answer {!r} is no option'.format(default))
    if isinstance(answer, ChoiceException):
        raise answer
    if not return_shortcut:
        return index
    return answer



def __getattr__(name):
    # InteractiveReplace and LinkChoice are loaded on first use
    if name in ('InteractiveReplace', 'LinkChoice'):
        import pywikibot._interactive
        return getattr(pywikibot._interactive, name)
    raise AttributeError("module 'pywikibot.bot_choice' has no attribute '{}'".format(name))
