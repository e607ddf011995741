"""InteractiveReplace and LinkChoice of pywikibot.bot_choice (the
callback of textlib.replace_links that asks what to do with each link),
in a module of their own: loaded on first use."""
from pywikibot.bot_choice import (
    AlwaysChoice, Choice, HighlightContextOption, StaticChoice, UnhandledAnswer,
)

__all__ = ('InteractiveReplace', 'LinkChoice')


def _create_separated(text, site, section=None, label=None):
    """pywikibot.Link.create_separated: a link to text with section and
    label replaced (None keeps them; '' removes them)."""
    import pywikibot
    create = getattr(pywikibot.Link, 'create_separated', None)
    if create is not None:
        return create(text, site, section=section, label=label)
    link = pywikibot.Link(text, site)
    if section:
        link.section = section
    elif section is not None:
        link.section = None
    if label:
        link._anchor = label
    elif label is not None:
        link._anchor = ''
    return link


class LinkChoice(Choice):
    """A choice that keeps the link but takes the new link's target, and
    its section and/or label when asked."""

    def __init__(self, option, shortcut, replacer, replace_section, replace_label):
        Choice.__init__(self, option, shortcut, replacer)
        self._section = replace_section
        self._label = replace_label

    def handle(self):
        import pywikibot
        if not self.replacer:
            raise ValueError('LinkChoice requires a replacer')
        new, cur, groups = self.replacer._new, self.replacer.current_link, self.replacer.current_groups
        section = new.section if self._section else cur.section
        if self._label:
            if new.anchor is None:
                label = new.canonical_title() + ('#' + new.section if new.section else '')
            else:
                label = new.anchor
        elif cur.anchor is None:
            label = groups['title'] + ('#' + groups['section'] if groups['section'] else '')
        else:
            label = cur.anchor
        return _create_separated(new.canonical_title(), new.site, section=section, label=label)


class InteractiveReplace:
    """The callback of textlib.replace_links that asks, for each link to
    old_link, whether to keep it, unlink it, or (new_link given) change
    its target; new_link False only unlinks. context characters of text
    are shown around the link; additional_choices are offered too."""

    def __init__(self, old_link, new_link, default=None, automatic_quit=True):
        import pywikibot
        self._old = old_link._link if isinstance(old_link, pywikibot.Page) else old_link
        self._new = new_link._link if isinstance(new_link, pywikibot.Page) else new_link
        self._default = default
        self._quit = automatic_quit
        self._current_match = None
        self.context = 30
        self.context_delta = 0
        self.allow_skip_link = True
        self.allow_unlink = True
        self.allow_replace = False
        self.allow_replace_section = False
        self.allow_replace_label = False
        self.allow_replace_all = False
        self._own_choices = [('skip_link', StaticChoice('Do not change', 'n', None)),
                             ('unlink', StaticChoice('Unlink', 'u', False))]
        if self._new:
            self._own_choices += [
                ('replace', LinkChoice('Change link target', 't', self, False, False)),
                ('replace_section', LinkChoice('Change link target and section', 's', self,
                                               True, False)),
                ('replace_label', LinkChoice('Change link target and label', 'l', self,
                                             False, True)),
                ('replace_all', LinkChoice('Change complete link', 'c', self, True, True)),
            ]
        self.additional_choices = []

    def handle_answer(self, choice):
        """The result for replace_links of the answer shortcut choice."""
        for c in self.choices:
            if isinstance(c, Choice) and c.shortcut == choice:
                return c.handle()
        raise ValueError('Invalid choice "{}"'.format(choice))

    def __call__(self, link, text, groups, rng):
        if self._old == link:
            self._current_match = (link, text, groups, rng)
            while True:
                try:
                    answer = self.handle_link()
                except UnhandledAnswer as e:
                    if e.stop:
                        raise
                else:
                    break
            self._current_match = None
            return answer
        return None

    @property
    def choices(self):
        """The choices offered (the allowed ones, more context, extras)."""
        choices = [c for name, c in self._own_choices if getattr(self, 'allow_' + name)]
        if self.context_delta > 0:
            choices.append(HighlightContextOption('more context', 'm', self.current_text,
                                                  self.context, self.context_delta,
                                                  *self.current_range))
        return tuple(choices + list(self.additional_choices))

    def handle_link(self):
        """Ask about the current link; return the answer's result."""
        import pywikibot
        choices = self.choices
        for c in choices:
            if isinstance(c, AlwaysChoice) and c.handle_link():
                return c.answer
        question = 'Should the link '
        if self.context > 0:
            start, end = self.current_range
            text = self.current_text
            pywikibot.info(text[max(0, start - self.context):start] + '<<lightred>>'
                           + text[start:end] + '<<default>>' + text[end:end + self.context])
        else:
            question += '<<lightred>>{}<<default>> '.format(self._old.canonical_title())
        if self._new is False:
            question += 'be unlinked?'
        else:
            question += 'target to <<lightpurple>>{}<<default>>?'.format(self._new.canonical_title())
        choice = pywikibot.input_choice(question, choices, default=self._default,
                                        automatic_quit=self._quit)
        return self.handle_answer(choice)

    def _current(self, i, what):
        if self._current_match is None:
            raise ValueError('No current ' + what)
        return self._current_match[i]

    @property
    def current_link(self):
        return self._current(0, 'link')

    @property
    def current_text(self):
        return self._current(1, 'text')

    @property
    def current_groups(self):
        return self._current(2, 'groups')

    @property
    def current_range(self):
        return self._current(3, 'range')
