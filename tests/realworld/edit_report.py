"""Aggregate a fixed log of wiki edits: parse lines with a regular
expression, group and total with itertools/functools/operator, and print
a formatted report with a textwrap'd footer."""
import re
import textwrap
from itertools import groupby, accumulate, islice, chain
from functools import reduce, partial, lru_cache
from operator import itemgetter, attrgetter, add

LOG = """2024-03-01T10:00:05Z|Alice|Main Page|+120|copyedit
2024-03-01T10:05:00Z|Bob|Sandbox|-4|test
2024-03-01T11:30:10Z|Alice|Python|+2048|expand history section
2024-03-02T09:00:00Z|Carol|Main Page|+15|fix typo
2024-03-02T09:10:00Z|Bob|Go|+300|new article
2024-03-02T12:00:00Z|Alice|Go|-50|trim
bad line here
2024-03-03T08:00:00Z|Dave|Python|+1|punctuation
2024-03-03T08:30:00Z|Carol|Sandbox|+999|bot test run (reverted)
2024-03-03T09:00:00Z|Carol|Sandbox|-999|revert"""

LINE = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d)T(?P<time>[\d:]+)Z\|(?P<user>[^|]+)\|(?P<page>[^|]+)\|(?P<delta>[+-]\d+)\|(?P<summary>.*)$')


class Edit:
    def __init__(self, date, time, user, page, delta, summary):
        self.date = date
        self.time = time
        self.user = user
        self.page = page
        self.delta = delta
        self.summary = summary

    def __repr__(self):
        return 'Edit(%s %s %+d)' % (self.user, self.page, self.delta)


def parse(log):
    edits, bad = [], []
    for n, line in enumerate(log.splitlines(), 1):
        m = LINE.match(line)
        if not m:
            bad.append(n)
            continue
        d = m.groupdict()
        edits.append(Edit(d['date'], d['time'], d['user'], d['page'], int(d['delta']), d['summary']))
    return edits, bad


@lru_cache(maxsize=None)
def weekday(date):
    y, m, d = map(int, date.split('-'))
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ['Sat', 'Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri'][h]


def table(rows, headers):
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    fmt = '  '.join('%%-%ds' % w if i == 0 else '%%%ds' % w for i, w in enumerate(widths))
    out = [fmt % tuple(headers), '  '.join('-' * w for w in widths)]
    out.extend(fmt % tuple(r) for r in rows)
    return '\n'.join(out)


if __name__ == '__main__':
    edits, bad = parse(LOG)
    print('parsed %d edits, bad lines: %s' % (len(edits), bad))
    by_user = []
    for user, group in groupby(sorted(edits, key=attrgetter('user')), key=attrgetter('user')):
        group = list(group)
        added = sum(e.delta for e in group if e.delta > 0)
        removed = -sum(e.delta for e in group if e.delta < 0)
        by_user.append((user, len(group), added, removed, reduce(add, (e.delta for e in group))))
    print(table(by_user, ('user', 'edits', 'added', 'removed', 'net')))
    print()
    by_page = sorted(((p, len(list(g))) for p, g in groupby(sorted(e.page for e in edits))), key=itemgetter(1, 0), reverse=True)
    print('pages:', by_page)
    print('running size of Sandbox:', list(accumulate(e.delta for e in edits if e.page == 'Sandbox')))
    print('per day:', [(d, weekday(d), len(list(g))) for d, g in groupby(edits, key=attrgetter('date'))])
    print('weekday cache:', weekday.cache_info())
    biggest = max(edits, key=lambda e: abs(e.delta))
    print('biggest:', biggest, repr(biggest.summary))
    reverts = [e for e in edits if re.search(r'\brevert(ed)?\b', e.summary)]
    print('reverts:', reverts)
    first_two = list(islice(chain.from_iterable((e.user, e.page) for e in edits), 4))
    print('first:', first_two)
    signed = partial('%s:%+d'.__mod__)
    print([signed((e.user[0], e.delta)) for e in edits[:3]])
    summaries = '; '.join(e.summary for e in edits)
    print(textwrap.fill('Summaries: ' + summaries, 60, subsequent_indent='    '))
