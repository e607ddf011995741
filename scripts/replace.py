"""Replace text on pages: plain strings or regular expressions.

gowikibot's own implementation of the core of pywikibot's ``replace``
script. Arguments that are not options come in pairs: OLD NEW.

    -regex              the pairs are regular expressions
    -nocase             case-insensitive matching
    -dotall, -multiline the regex flags of those names
    -summary:TEXT       edit summary (default: the ``replace-replacing``
                        message with the replacements)
    -automaticsummary   use the default summary without asking
    -excepttitle:X      skip pages whose title matches X
    -requiretitle:X     only pages whose title matches X
    -excepttext:X       skip pages whose text matches X
    -exceptinside:X     do not replace inside text matching X
    -exceptinsidetag:T  do not replace inside T (comment, nowiki, pre,
                        math, template, link, ...)
    -addcat:CAT         add a category to the changed pages
    -allowoverlap       let matches overlap
    -recursive          repeat until nothing changes
    -sleep:S            wait S seconds between replacements
    -quiet              do not report pages without changes
    -pairsfile:FILE     read further OLD NEW pairs from FILE, one per line
    -nopreload          do not preload the pages
    -always             save without asking

plus every page generator option. Predefined fixes (-fix) are not
supported.
"""
import re

import pywikibot
from pywikibot import i18n, pagegenerators, textlib
from pywikibot.bot import ExistingPageBot, SingleSiteBot
from pywikibot.exceptions import InvalidPageError

docuReplacements = {'&params;': pagegenerators.parameterHelp}

# Command line exception options and their keys in the exceptions dict.
EXC_KEYS = {
    '-excepttitle': 'title',
    '-requiretitle': 'require-title',
    '-excepttext': 'text-contains',
    '-exceptinside': 'inside',
    '-exceptinsidetag': 'inside-tags',
}


def precompile_exceptions(exceptions, use_regex, flags):
    """Compile the pattern lists of exceptions in place."""
    if not exceptions:
        return
    for key in ('title', 'require-title', 'text-contains', 'inside'):
        if key not in exceptions:
            continue
        pats = exceptions[key]
        if isinstance(pats, str):
            pats = [pats]
        exceptions[key] = [p if hasattr(p, 'search') else re.compile(p if use_regex else re.escape(p), flags)
                           for p in pats]


def _inside_exceptions(exceptions):
    return list(exceptions.get('inside-tags', [])) + list(exceptions.get('inside', []))


class Replacement:
    """One OLD -> NEW replacement."""

    def __init__(self, old, new, use_regex=None, exceptions=None, case_insensitive=None,
                 edit_summary=None, default_summary=True):
        """Store the replacement; compile() makes old_regex."""
        self.old = old
        self.new = new
        self.old_regex = None
        self.use_regex = use_regex
        self.exceptions = exceptions
        self.case_insensitive = case_insensitive
        self.edit_summary = edit_summary
        self.default_summary = default_summary
        self.container = None

    @classmethod
    def from_compiled(cls, old_regex, new, **kwargs):
        """A replacement from an already compiled pattern."""
        if kwargs.get('use_regex', True) is not True:
            raise ValueError('The use_regex parameter can only be True.')
        r = cls(old_regex.pattern, new, **kwargs)
        r.old_regex = old_regex
        return r

    @property
    def description(self):
        """"-OLD +NEW", as shown in the summary."""
        return '-{} +{}'.format(self.old, self.new)

    def compile(self, use_regex, flags):
        """Compile old with the given defaults."""
        if self.case_insensitive is False:
            flags &= ~re.IGNORECASE
        elif self.case_insensitive:
            flags |= re.IGNORECASE
        if self.use_regex is not None:
            use_regex = self.use_regex
        self.old_regex = re.compile(self.old if use_regex else re.escape(self.old), flags)
        precompile_exceptions(self.exceptions, use_regex, flags)

    def get_inside_exceptions(self):
        """The inside exceptions of this replacement alone."""
        return _inside_exceptions(self.exceptions or {})


class ReplaceRobot(SingleSiteBot, ExistingPageBot):
    """Applies the replacements to each page."""

    def __init__(self, generator, replacements, exceptions=None, **kwargs):
        """Take the replacements (Replacement or (regex, new) pairs)."""
        self.available_options.update({
            'addcat': None,
            'allowoverlap': False,
            'quiet': False,
            'recursive': False,
            'sleep': 0.0,
            'summary': None,
        })
        super().__init__(generator=generator, **kwargs)
        for i, r in enumerate(replacements):
            if isinstance(r, (tuple, list)):
                if len(r) != 2:
                    raise ValueError('Replacement number {} does not have exactly two elements: {}'.format(i, r))
                replacements[i] = Replacement.from_compiled(r[0], r[1])
        self.replacements = replacements
        self.exceptions = exceptions or {}
        if self.opt.addcat and isinstance(self.opt.addcat, str):
            self.opt.addcat = pywikibot.Category(self.site, self.opt.addcat)

    def isTitleExcepted(self, title, exceptions=None):
        """Whether the title excludes the page."""
        exc = self.exceptions if exceptions is None else exceptions
        if any(p.search(title) for p in exc.get('title', [])):
            return True
        return any(not p.search(title) for p in exc.get('require-title', []))

    def isTextExcepted(self, text, exceptions=None):
        """Whether the text excludes the page."""
        exc = self.exceptions if exceptions is None else exceptions
        return any(p.search(text) for p in exc.get('text-contains', []))

    def apply_replacements(self, original_text, applied, page=None):
        """Apply every replacement once; add the ones that changed
        something to applied."""
        text = original_text
        inside = _inside_exceptions(self.exceptions)
        for r in self.replacements:
            if self.opt.sleep:
                pywikibot.sleep(self.opt.sleep)
            if page is not None and self.isTitleExcepted(page.title(), r.exceptions or {}):
                pywikibot.info('Skipping unnamed replacement ({}) on {} because the title is on '
                               'the exceptions list.'.format(r.description, page.title(as_link=True)))
                continue
            if self.isTextExcepted(original_text, r.exceptions or {}):
                continue
            before = text
            text = textlib.replaceExcept(text, r.old_regex, r.new, inside + r.get_inside_exceptions(),
                                         allowoverlap=self.opt.allowoverlap, site=self.site)
            if text != before:
                applied.add(r)
        return text

    def generate_summary(self, applied):
        """The edit summary for the replacements that were applied."""
        done = [r for r in self.replacements if r in applied]
        own = sorted({r.edit_summary for r in done if r.edit_summary})
        defaults = list(dict.fromkeys((r.old, r.new) for r in done
                                      if not r.edit_summary and r.default_summary))
        if defaults:
            msg = self.opt.summary or i18n.twtranslate(self.site, 'replace-replacing')
            described = self._join('comma-separator', ['-{} +{}'.format(o, n) for o, n in defaults])
            own.insert(0, msg % {'description': ' ({})'.format(described)})
        return self._join('semicolon-separator', own)

    def _join(self, separator, items):
        """Join items with a separator message of the site (asked for
        only when there is more than one item)."""
        if len(items) < 2:
            return ''.join(items)
        return self._message(separator).join(items)

    def _message(self, key):
        """A MediaWiki interface message of the site, asked for once."""
        cache = self.__dict__.setdefault('_messages', {})
        if key not in cache:
            cache[key] = self.site.mediawiki_message(key)
        return cache[key]

    def skip_page(self, page):
        """Skip excepted titles and pages the bot may not edit."""
        if super().skip_page(page):
            return True
        if self.isTitleExcepted(page.title()):
            pywikibot.warning('Skipping {} because the title is on the exceptions list.'.format(page))
            return True
        return False

    def treat(self, page):
        """Replace on one page and save it."""
        try:
            original = page.text
        except InvalidPageError as e:
            pywikibot.error(e)
            return
        if self.isTextExcepted(original):
            pywikibot.info('Skipping {} because it contains text that is on the exceptions list.'.format(page))
            return
        applied = set()
        new = original
        while True:
            last = new
            new = self.apply_replacements(last, applied, page)
            if not self.opt.recursive or new == last:
                break
        if new == original:
            if not self.opt.quiet:
                pywikibot.info('No changes were necessary in {}'.format(page))
            return
        if self.opt.addcat:
            cats = textlib.getCategoryLinks(new, site=page.site)
            if self.opt.addcat not in cats:
                cats.append(self.opt.addcat)
                new = textlib.replaceCategoryLinks(new, cats, site=page.site)
        context = 0
        while True:
            self.current_page = page
            pywikibot.showDiff(original, new, context=context)
            if self.opt.always:
                break
            choice = pywikibot.input_choice(
                'Do you want to accept these changes?',
                [('Yes', 'y'), ('No', 'n'), ('More context', 'm'), ('All', 'a')], default='N')
            if choice == 'm':
                context = context * 3 if context else 3
                continue
            if choice == 'n':
                return
            if choice == 'a':
                self.opt.always = True
            break
        self.save(page, original, new, applied, show_diff=False, asynchronous=not self.opt.always)

    def save(self, page, oldtext, newtext, applied, **kwargs):
        """Save with the generated summary."""
        self.userPut(page, oldtext, newtext, summary=self.generate_summary(applied),
                     ignore_save_related_errors=True, **kwargs)

    def user_confirm(self, question):
        """treat() has asked already."""
        return True


def handle_exceptions(*args):
    """Split the exception options from the other arguments."""
    exceptions = {key: [] for key in EXC_KEYS.values()}
    rest = []
    for arg in args:
        name, _, value = arg.partition(':')
        if name in EXC_KEYS:
            exceptions[EXC_KEYS[name]].append(value)
        else:
            rest.append(arg)
    return rest, exceptions


def handle_pairsfile(filename):
    """Read OLD NEW pairs, one per line; None if unusable."""
    if not filename:
        filename = pywikibot.input('Please enter the filename to read replacements from:')
    try:
        with open(filename, encoding='utf-8') as f:
            pairs = [line.rstrip('\n') for line in f]
    except OSError as e:
        pywikibot.error('Error loading {}: {}'.format(filename, e))
        return None
    if len(pairs) % 2:
        pywikibot.warning('{} contains an incomplete pattern replacement pair:\n{}'.format(filename, pairs))
        return None
    return pairs


def handle_manual():
    """Ask for OLD NEW pairs until an empty OLD."""
    pairs = []
    old = pywikibot.input('Please enter the text that should be replaced:')
    while old:
        new = pywikibot.input('Please enter the new text:')
        pairs += [old, new]
        old = pywikibot.input('Please enter another text that should be replaced,\nor press Enter to start:')
    return pairs


def main(*args):
    """Parse the command line and run the bot."""
    options = {}
    pairs = []
    file_pairs = []
    regex = False
    flags = 0
    summary = ''
    preload = True
    manual = False
    factory = pagegenerators.GeneratorFactory()
    rest = factory.handle_args(pywikibot.handle_args(args))
    rest, exceptions = handle_exceptions(*rest)
    for arg in rest:
        name, _, value = arg.partition(':')
        if name == '-regex':
            regex = True
        elif name == '-fix':
            pywikibot.error('-fix is not supported by gowikibot\'s replace')
            return
        elif name == '-sleep':
            options['sleep'] = float(value)
        elif name in ('-allowoverlap', '-always', '-quiet', '-recursive'):
            options[name[1:]] = True
        elif name == '-nocase':
            flags |= re.IGNORECASE
        elif name == '-dotall':
            flags |= re.DOTALL
        elif name == '-multiline':
            flags |= re.MULTILINE
        elif name == '-addcat':
            options['addcat'] = value
        elif name == '-summary':
            summary = value
        elif name == '-automaticsummary':
            summary = True
        elif name == '-manualinput':
            manual = True
        elif name == '-pairsfile':
            file_pairs = handle_pairsfile(value)
        elif name == '-nopreload':
            preload = False
        else:
            pairs.append(arg)
    if file_pairs is None:
        return
    if len(pairs) % 2:
        pywikibot.error('Incomplete command line pattern replacement pair:\n{}'.format(pairs))
        return
    pairs += file_pairs
    if not pairs or manual:
        pairs += handle_manual()
    site = pywikibot.Site()
    replacements = []
    first_summary = None
    for i in range(0, len(pairs) - 1, 2):
        r = Replacement(pairs[i], pairs[i + 1])
        if first_summary is None:
            first_summary = i18n.twtranslate(site, 'replace-replacing',
                                             {'description': ' (-{} +{})'.format(r.old, r.new)})
        replacements.append(r)
    if (not summary or summary is True) and first_summary:
        pywikibot.info('The summary message for the command line replacements will be something like: '
                       + first_summary)
        if summary is not True:
            summary = pywikibot.input('Press Enter to use this automatic message, or enter a '
                                      'description of the\nchanges your bot will make:')
        else:
            summary = ''
    for r in replacements:
        r.compile(regex, flags)
    precompile_exceptions(exceptions, regex, flags)
    gen = factory.getCombinedGenerator(preload=preload)
    bot = ReplaceRobot(gen, replacements, exceptions, site=site, summary=summary, **options)
    site.login()
    bot.run()


if __name__ == '__main__':
    main()
