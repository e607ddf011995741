"""pywikibot.diff: diffs of two texts split into hunks that can be
reviewed one by one (PatchManager, cherry_pick), as pywikibot does.

The line matching and the rendering of a hunk are those of
pywikibot.showDiff (pywikibot._Matcher, _hunk_text)."""
import math

import pywikibot
from pywikibot import _hunk_text, _Matcher, _unified_range
from pywikibot._lazy import _Submodule

# pywikibot.tools.chars, imported on first use
chars = _Submodule('pywikibot.tools.chars')

__all__ = ('Hunk', 'PatchManager', 'cherry_pick', 'get_close_matches_ratio', 'html_comparator')


class Hunk:
    """One group of changed lines (with grouped opcodes as difflib gives
    them) between the line lists a and b; reviewed is APPR, NOT_APPR or
    PENDING."""

    APPR = 1
    NOT_APPR = -1
    PENDING = 0

    def __init__(self, a, b, grouped_opcode):
        self.a = a
        self.b = b
        self.group = grouped_opcode
        self.colors = {'+': 'lightgreen', '-': 'lightred'}
        self.bg_colors = {'+': 'lightgreen', '-': 'lightred'}
        self.diff = list(self.create_diff())
        self.diff_text = _hunk_text(a, b, grouped_opcode)
        first, last = grouped_opcode[0], grouped_opcode[-1]
        self.a_rng = (first[1], last[2])
        self.b_rng = (first[3], last[4])
        self.header = self.get_header()
        self.diff_plain_text = '{}\n{}'.format(self.header, ''.join(self.diff))
        self.reviewed = self.PENDING
        self.pre_context = 0
        self.post_context = 0

    def get_header(self):
        """The unified diff header of the hunk, with a line feed."""
        return self.get_header_text(self.a_rng, self.b_rng) + '\n'

    @staticmethod
    def get_header_text(a_rng, b_rng, affix='@@'):
        """'@@ -a +b @@' of two ranges."""
        return '{0} -{1} +{2} {0}'.format(affix, _unified_range(*a_rng), _unified_range(*b_rng))

    def create_diff(self):
        """The hunk's lines, prefixed '  ', '- ' or '+ ', uncoloured."""
        from pywikibot import _line_compare

        def nl(line):
            return line if line.endswith('\n') else line + '\n'
        for tag, i1, i2, j1, j2 in self.group:
            if tag == 'equal':
                for line in self.a[i1:i2]:
                    yield '  ' + nl(line)
            elif tag == 'delete':
                for line in self.a[i1:i2]:
                    yield '- ' + nl(line)
            elif tag == 'insert':
                for line in self.b[j1:j2]:
                    yield '+ ' + nl(line)
            else:
                for line in _line_compare(self.a[i1:i2], self.b[j1:j2]):
                    yield nl(line)

    def apply(self):
        """The lines of b this hunk stands for."""
        return self.b[self.b_rng[0]:self.b_rng[1]]

    def __str__(self):
        return ''.join(self.diff_plain_text)

    def __repr__(self):
        return '{}({!r}, {!r}, {!r})'.format(type(self).__name__, self.a, self.b, self.group)


class _SuperHunk:
    """Hunks shown and reviewed together (their contexts touch)."""

    def __init__(self, hunks):
        self._hunks = hunks
        self.a_rng = (hunks[0].a_rng[0], hunks[-1].a_rng[1])
        self.b_rng = (hunks[0].b_rng[0], hunks[-1].b_rng[1])
        self.pre_context = hunks[0].pre_context
        self.post_context = hunks[0].post_context

    def __getitem__(self, idx):
        return self._hunks[idx]

    def __len__(self):
        return len(self._hunks)

    def __iter__(self):
        return iter(self._hunks)

    def split(self):
        return [_SuperHunk([hunk]) for hunk in self._hunks]

    @property
    def reviewed(self):
        return self._hunks[0].reviewed

    @reviewed.setter
    def reviewed(self, reviewed):
        for hunk in self._hunks:
            hunk.reviewed = reviewed


_HELP = {
    'y': 'accept this hunk',
    'n': 'do not accept this hunk',
    'q': 'do not accept this hunk and quit reviewing',
    'a': 'accept this hunk and all other pending',
    'd': 'do not apply this or any of the later hunks in the file',
    'g': 'select a hunk to go to',
    'j': 'leave this hunk undecided, see next undecided hunk',
    'J': 'leave this hunk undecided, see next hunk',
    'k': 'leave this hunk undecided, see previous undecided hunk',
    'K': 'leave this hunk undecided, see previous hunk',
    's': 'split this hunk into smaller ones',
    '?': 'help',
}


class PatchManager:
    """The hunks turning text_a into text_b; apply() gives text_a with the
    approved ones (text_b when all are). context lines are shown around
    each hunk; by_letter compares two one-line texts by characters."""

    def __init__(self, text_a, text_b, context=0, by_letter=False, replace_invisible=False):
        self.a = text_a.splitlines(True)
        self.b = text_b.splitlines(True)
        if by_letter and len(self.a) <= 1 and len(self.b) <= 1:
            self.a = text_a
            self.b = text_b
        self.groups = _Matcher(self.a, self.b).groups(0)
        self.hunks = []
        previous = None
        for group in self.groups:
            hunk = Hunk(self.a, self.b, group)
            self.hunks.append(hunk)
            hunk.pre_context = hunk.a_rng[0]
            if previous:
                hunk.pre_context -= previous.a_rng[1]
                previous.post_context = hunk.pre_context
            previous = hunk
        if self.hunks:
            self.hunks[-1].post_context = len(self.a) - self.hunks[-1].a_rng[1]
        self.blocks = self.get_blocks()
        self.context = context
        self._super_hunks = self._generate_super_hunks()
        self._replace_invisible = replace_invisible

    def get_blocks(self):
        """(hunk index or -1 for unchanged text, (i1, i2), (j1, j2)) for
        every part of a."""
        blocks = []
        i2 = 0
        for index, group in enumerate(self.groups):
            first, last = group[0], group[-1]
            i1, prev_i2, i2 = first[1], i2, last[2]
            if prev_i2 < i1:
                blocks.append((-1, (prev_i2, i1), (-1, -1)))
            blocks.append((index, (first[1], last[2]), (first[3], last[4])))
        if i2 < len(self.a):
            blocks.append((-1, (i2, len(self.a)), (-1, -1)))
        return blocks

    def print_hunks(self):
        """Show every hunk with its header."""
        if self.hunks:
            pywikibot.info('\n'.join(self._generate_diff(sh) for sh in self._super_hunks))

    def _generate_super_hunks(self, hunks=None):
        hunks = list(self.hunks if hunks is None else hunks)
        if not hunks:
            return []
        if not self.context:
            return [_SuperHunk([h]) for h in hunks]
        groups = [[]]
        for hunk in hunks:
            if not groups[-1] or hunk.pre_context <= self.context * 2:
                groups[-1].append(hunk)
            else:
                groups.append([hunk])
        return [_SuperHunk(g) for g in groups]

    def _get_context_range(self, super_hunk):
        a0, a1 = super_hunk.a_rng
        b0, b1 = super_hunk.b_rng
        pre = min(super_hunk.pre_context, self.context)
        post = min(super_hunk.post_context, self.context)
        return (a0 - pre, a1 + post), (b0 - pre, b1 + post)

    def _generate_diff(self, hunks):
        def context(start, end):
            return ''.join('  {}\n'.format(line.rstrip()) for line in self.a[start:end])
        rng = self._get_context_range(hunks)
        output = '<<aqua>>{}<<default>>\n{}'.format(Hunk.get_header_text(*rng),
                                                  context(rng[0][0], hunks[0].a_rng[0]))
        previous = None
        for hunk in hunks:
            if previous:
                output += context(previous.a_rng[1], hunk.a_rng[0])
            previous = hunk
            output += hunk.diff_text
        output += context(hunks[-1].a_rng[1], rng[0][1])
        if self._replace_invisible:
            from pywikibot.tools import chars
            output = chars.replace_invisible(output)
        return output

    def review_hunks(self):
        """Ask about each pending hunk (y, n, q, a, d, g, j, J, k, K, s, ?)."""
        supers = self._generate_super_hunks(h for h in self.hunks if h.reviewed == Hunk.PENDING)

        def find_pending(start, end):
            step = -1 if start > end else 1
            for i in range(start, end, step):
                if supers[i].reviewed == Hunk.PENDING:
                    return i
            return None

        position = 0
        while any(h.reviewed == Hunk.PENDING for sh in supers for h in sh):
            super_hunk = supers[position]
            next_pending = find_pending(position + 1, len(supers))
            prev_pending = find_pending(position - 1, -1)
            answers = ['y', 'n', 'q', 'a', 'd', 'g']
            if next_pending is not None:
                answers.append('j')
            if position < len(supers) - 1:
                answers.append('J')
            if prev_pending is not None:
                answers.append('k')
            if position > 0:
                answers.append('K')
            if len(super_hunk) > 1:
                answers.append('s')
            answers.append('?')
            pywikibot.info(self._generate_diff(super_hunk))
            choice = pywikibot.input('Accept this hunk [{}]?'.format(','.join(answers)))
            if choice not in answers:
                choice = '?'
            if choice in ('y', 'n'):
                super_hunk.reviewed = Hunk.APPR if choice == 'y' else Hunk.NOT_APPR
                position = next_pending if next_pending is not None else find_pending(0, position)
            elif choice == 'q':
                for sh in supers:
                    for hunk in sh:
                        if hunk.reviewed == Hunk.PENDING:
                            hunk.reviewed = Hunk.NOT_APPR
            elif choice in ('a', 'd'):
                for sh in supers[position:]:
                    for hunk in sh:
                        if hunk.reviewed == Hunk.PENDING:
                            hunk.reviewed = Hunk.APPR if choice == 'a' else Hunk.NOT_APPR
                position = find_pending(0, position)
            elif choice == 'g':
                position = self._goto(supers, position)
            elif choice == 'j':
                position = next_pending
            elif choice == 'J':
                position += 1
            elif choice == 'k':
                position = prev_pending
            elif choice == 'K':
                position -= 1
            elif choice == 's':
                supers = supers[:position] + supers[position].split() + supers[position + 1:]
                pywikibot.info('Split into {} hunks'.format(len(super_hunk._hunks)))
            else:
                pywikibot.info('<<purple>>{}<<default>>'.format(
                    '\n'.join('{} -> {}'.format(a, _HELP[a]) for a in answers)))

    def _goto(self, supers, position):
        entries = []
        width = 18
        for index, sh in enumerate(supers, start=1):
            status = ' +-'[sh.reviewed]
            if sh[0].a_rng[1] - sh[0].a_rng[0] > 0:
                mode, first = '-', self.a[sh[0].a_rng[0]]
            else:
                mode, first = '+', self.b[sh[0].b_rng[0]]
            header = Hunk.get_header_text(*self._get_context_range(sh), affix='')
            entries.append((status, index, header, mode, first))
            width = max(len(header), width)
        digits = int(math.log10(len(supers)) + 1)
        lines = ''.join('{}{} {:>{}}: {:<{}} {}{}'.format(
            '*' if e[1] == position + 1 else ' ', e[0], e[1], digits, e[2], width, e[3], e[4])
            for e in entries)
        if lines.endswith('\n'):
            lines = lines[:-1]
        pywikibot.info(lines)
        answer = pywikibot.input('Go to which hunk?')
        try:
            target = int(answer) - 1
        except ValueError:
            target = None
        if target is not None and 0 <= target < len(supers):
            return target
        if answer:
            pywikibot.error('Invalid hunk number "{}"'.format(answer))
        return position

    def apply(self):
        """The lines of text_a with the approved hunks applied (asking
        about the pending ones first)."""
        if any(h.reviewed == h.PENDING for h in self.hunks):
            pywikibot.info('There are unreviewed hunks.\nPlease review them before proceeding.\n')
            self.review_hunks()
        lines = []
        for index, (i1, i2), (j1, j2) in self.blocks:
            if index < 0:
                lines.extend(self.a[i1:i2])
            elif self.hunks[index].reviewed == Hunk.APPR:
                lines.extend(self.b[j1:j2])
            else:
                lines.extend(self.a[i1:i2])
        return lines


def cherry_pick(oldtext, newtext, n=0, by_letter=False):
    """oldtext with the changes to newtext the user approves, hunk by hunk."""
    template = '{2}<<lightpurple>>{0:{1}^50}<<default>>{2}'
    patch = PatchManager(oldtext, newtext, context=n, by_letter=by_letter)
    pywikibot.info(template.format('  ALL CHANGES  ', '*', '\n'))
    for hunk in patch.hunks:
        pywikibot.info(hunk.diff_text)
    pywikibot.info(template.format('  REVIEW CHANGES  ', '*', '\n'))
    text_list = patch.apply()
    pywikibot.info(template.format('  APPROVED CHANGES  ', '*', '\n'))
    if any(hunk.reviewed == hunk.APPR for hunk in patch.hunks):
        for hunk in patch.hunks:
            if hunk.reviewed == hunk.APPR:
                pywikibot.info(hunk.diff_text)
    else:
        pywikibot.info(template.format('None.', '', ''))
    return ''.join(text_list)


def html_comparator(compare_string):
    """{'deleted-context': [...], 'added-context': [...]}: the text of
    each deleted and added line (the diff-deletedline and diff-addedline
    cells) of an action=compare HTML diff. Needs the beautifulsoup4
    package, as pywikibot's (ImportError without it)."""
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(compare_string, 'html.parser')
    result = {}
    for key, css_class in (('deleted-context', 'diff-deletedline'), ('added-context', 'diff-addedline')):
        result[key] = [''.join(cell.strings) for cell in soup.find_all('td', class_=css_class)]
    return result


def get_close_matches_ratio(word, possibilities, *, n=3, cutoff=0.6, ignorecase=False):
    """[(ratio, possibility)] of the at most n possibilities closest to
    word with a ratio of at least cutoff, the closest first."""
    if not n > 0:
        raise ValueError('n must be > 0: {!r}'.format(n))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: {!r}'.format(cutoff))
    result = []
    for x in possibilities:
        a, b = (x.lower(), word.lower()) if ignorecase else (x, word)
        m = _Matcher(a, b)
        if m.quick_ratio() >= cutoff:
            r = m.ratio()
            if r >= cutoff:
                result.append((r, x))
    result.sort(key=lambda t: (-t[0], t[1]), reverse=False)
    return result[:n]
