"""A dry-run replace bot in the style of bot frameworks: a list of
(regex, replacement) rules applied to pages outside protected regions
(comments, nowiki, templates, links), with a summary of changes."""
import re
import copy
from functools import reduce

RULES = [
    (r'\bteh\b', 'the'),
    (r'\brecieve(d|s)?\b', r'receive\1'),
    (r'(?<=\d) ?km\b', '\u00a0km'),
    (r'\b(\w+) \1\b', r'\1'),
    (r'colour', 'color'),
]

EXCEPTIONS = {
    'comment': r'<!--.*?-->',
    'nowiki': r'<nowiki>.*?</nowiki>',
    'template': r'\{\{[^{}]*\}\}',
    'link': r'\[\[[^\]]*\]\]',
}

PAGES = {
    'Road': 'Teh road is 12 km long. Drivers recieve teh the map.<!-- teh comment -->',
    'Paint': 'The colour {{colour|red}} and [[colour theory]]. <nowiki>teh</nowiki> colours.',
    'Clean': 'Nothing to fix here.',
    'Mixed': 'It recieves 5km of of road and recieved praise.',
}


def protected_spans(text, kinds):
    spans = []
    for kind in kinds:
        for m in re.finditer(EXCEPTIONS[kind], text, re.S):
            spans.append((m.start(), m.end()))
    spans.sort()
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def replace_outside(text, pattern, repl, spans):
    rx = re.compile(pattern)
    out = []
    last = 0
    count = 0
    for m in rx.finditer(text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in spans):
            continue
        out.append(text[last:m.start()])
        out.append(m.expand(repl))
        last = m.end()
        count += 1
    out.append(text[last:])
    return ''.join(out), count


def apply_rules(text, rules, kinds):
    changes = []
    for pattern, repl in rules:
        spans = protected_spans(text, kinds)
        text, n = replace_outside(text, pattern, repl, spans)
        if n:
            changes.append((pattern, n))
    return text, changes


def summary(changes):
    total = reduce(lambda acc, c: acc + c[1], changes, 0)
    parts = ['%s (%d)' % (re.sub(r'\\b|[()?\\]', '', p), n) for p, n in changes]
    return 'Bot: %d fixes: %s' % (total, ', '.join(parts)) if parts else ''


if __name__ == '__main__':
    kinds = ['comment', 'nowiki', 'template', 'link']
    original = copy.deepcopy(PAGES)
    results = {}
    for title in sorted(PAGES):
        new, changes = apply_rules(PAGES[title], RULES, kinds)
        results[title] = new
        if new == PAGES[title]:
            print('%s: no change' % title)
            continue
        print('%s:' % title)
        print('  - %r' % PAGES[title])
        print('  + %r' % new)
        print('  summary: %s' % summary(changes))
    print(original == PAGES, results == PAGES)
    print(protected_spans(PAGES['Paint'], kinds))
    unprotected, n = apply_rules(PAGES['Paint'], RULES, [])
    print(n, repr(unprotected))


# --- Part 2: fix sets, callable replacements and a line diff ---------------

FIXES = {
    'dates': {
        'regex': True,
        'msg': 'fix date formats',
        'replacements': [
            (r'\b(\d{1,2})(?:st|nd|rd|th) of (January|February|March|April|May|June|July|August|September|October|November|December)\b', r'\1 \2'),
            (r'\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})\b', r'\2 \1 \3'),
        ],
        'exceptions': ['comment', 'nowiki'],
    },
    'links': {
        'regex': True,
        'msg': 'simplify links',
        'replacements': [
            (r'\[\[([^|\]]+)\|\1\]\]', r'[[\1]]'),
            (r'\[\[([^|\]]+)\|\1(\w+)\]\]', r'[[\1]]\2'),
        ],
        'exceptions': ['comment'],
    },
    'literal': {
        'regex': False,
        'msg': 'typos',
        'replacements': [('accomodate', 'accommodate'), ('seperate', 'separate'), ('(sic)', '')],
        'exceptions': [],
    },
}


def roman(match):
    value = int(match.group(1))
    numerals = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
                (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    out = ''
    for n, sym in numerals:
        while value >= n:
            out += sym
            value -= n
    return 'Part ' + out


def apply_fix(text, fix):
    rules = fix['replacements']
    if not fix['regex']:
        rules = [(re.escape(old), new.replace('\\', '\\\\')) for old, new in rules]
    return apply_rules(text, rules, fix['exceptions'])


def line_changes(old, new):
    old_lines = old.split('\n')
    new_lines = new.split('\n')
    out = []
    for i, (a, b) in enumerate(zip(old_lines, new_lines), 1):
        if a != b:
            out.append('%3d - %s' % (i, a))
            out.append('%3d + %s' % (i, b))
    return out


ARTICLE = """The 3rd of March and May 5, 2021 were [[Paris|Paris]] days.
We saw [[cat|cats]] and [[dog|dog]]s; <!-- May 5, 2021 stays -->
It is hard to accomodate seperate groups (sic).
<nowiki>the 1st of June</nowiki> and the 21st of June.
Part 4 and Part 12 follow."""


def part2():
    text = ARTICLE
    log = []
    for name in sorted(FIXES):
        new, changes = apply_fix(text, FIXES[name])
        if changes:
            log.append('%s: %s' % (FIXES[name]['msg'], summary(changes)))
        text = new
    text, n = re.subn(r'\bPart (\d+)\b', roman, text)
    log.append('roman numerals: %d' % n)
    for line in line_changes(ARTICLE, text):
        print(line)
    for entry in log:
        print(entry)
    print(len(ARTICLE), len(text))


if __name__ == '__main__':
    print()
    part2()
