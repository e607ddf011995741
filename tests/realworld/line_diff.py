"""A diff-like line matcher: longest common subsequence over lines,
grouped into hunks with context and printed in unified style, plus a
word-level diff for changed line pairs and a similarity ratio."""
import re
from itertools import groupby


def lcs_table(a, b):
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row = table[i]
        below = table[i + 1]
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                row[j] = below[j + 1] + 1
            else:
                row[j] = max(below[j], row[j + 1])
    return table


def opcodes(a, b):
    """Return a list of (tag, line) with tag in ' ', '-', '+'."""
    table = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((' ', a[i], i, j))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            ops.append(('-', a[i], i, j))
            i += 1
        else:
            ops.append(('+', b[j], i, j))
            j += 1
    while i < len(a):
        ops.append(('-', a[i], i, j))
        i += 1
    while j < len(b):
        ops.append(('+', b[j], i, j))
        j += 1
    return ops


def hunks(ops, context=1):
    changed = [k for k, op in enumerate(ops) if op[0] != ' ']
    if not changed:
        return []
    groups = []
    start = max(changed[0] - context, 0)
    end = min(changed[0] + context + 1, len(ops))
    for k in changed[1:]:
        if k - context <= end:
            end = min(k + context + 1, len(ops))
        else:
            groups.append((start, end))
            start = max(k - context, 0)
            end = min(k + context + 1, len(ops))
    groups.append((start, end))
    return [ops[s:e] for s, e in groups]


def unified(a, b, name_a='a', name_b='b', context=1):
    out = ['--- %s' % name_a, '+++ %s' % name_b]
    for h in hunks(opcodes(a, b), context):
        a_start = h[0][2] + 1
        b_start = h[0][3] + 1
        a_len = sum(1 for op in h if op[0] != '+')
        b_len = sum(1 for op in h if op[0] != '-')
        out.append('@@ -%d,%d +%d,%d @@' % (a_start, a_len, b_start, b_len))
        for tag, line, _, _ in h:
            out.append(tag + line)
    return out


def word_diff(old, new):
    a = re.findall(r'\w+|\W', old)
    b = re.findall(r'\w+|\W', new)
    parts = []
    for tag, group in groupby(opcodes(a, b), key=lambda op: op[0]):
        text = ''.join(op[1] for op in group)
        if tag == ' ':
            parts.append(text)
        elif tag == '-':
            parts.append('[-%s-]' % text)
        else:
            parts.append('{+%s+}' % text)
    return ''.join(parts)


def ratio(a, b):
    if not a and not b:
        return 1.0
    common = lcs_table(a, b)[0][0]
    return 2.0 * common / (len(a) + len(b))


OLD = """== History ==
The town was founded in 1820.
It grew quickly during the railway boom.
The old mill closed in 1965.

== Geography ==
The river runs north to south.
Hills surround the valley.
Population: 12,000""".splitlines()

NEW = """== History ==
The town was founded in 1821.
It grew quickly during the railway boom.

== Geography ==
The river runs north to south.
Hills surround the valley on three sides.
Population: 12,500
== See also ==
* Nearby towns""".splitlines()

if __name__ == '__main__':
    for line in unified(OLD, NEW, 'old.txt', 'new.txt'):
        print(line)
    print()
    for line in unified(OLD, NEW, context=0)[2:]:
        print(line)
    print()
    print(word_diff('The town was founded in 1820.', 'The town was founded in 1821.'))
    print(word_diff('Hills surround the valley.', 'Hills surround the valley on three sides.'))
    print(word_diff('Population: 12,000', 'Population: 12,500'))
    print('ratio: %.3f' % ratio(OLD, NEW))
    print('char ratio: %.3f' % ratio(list('kitten'), list('sitting')))
    print('identical:', unified(['a'], ['a']))
