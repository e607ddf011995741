"""Prints the table of PWBTESTS.md from run.sh's output directory: per test
module of pywikibot's suite, the offline tests run, passed, failed, errors
and skipped under pywikibot 9.6.3 (CPython) and under gowikibot.

Usage: python3 table.py OUT"""
import glob
import os
import re
import sys

RESULT = re.compile(r'RESULT \S+ run=(\d+) passed=(\d+) failed=(\d+) errors=(\d+) skipped=(\d+) xfail=(\d+)')


def parse(folder):
    """{module: counts tuple, or ('import', why)}"""
    out = {}
    for path in sorted(glob.glob(os.path.join(folder, '*.txt'))):
        text = open(path).read()
        m = RESULT.search(text)
        if m:
            out[os.path.basename(path)[:-4]] = tuple(int(x) for x in m.groups())
            continue
        i = re.search(r'IMPORTERROR \S+ (\S+) \[(.*)\]', text)
        lines = text.strip().splitlines()
        if i:
            why = i.group(1) + ': ' + i.group(2).strip('"\'')[:80]
        else:
            why = 'ended without a result: ' + (lines[-2][:80] if len(lines) > 1 else 'no output')
        out[os.path.basename(path)[:-4]] = ('import', why)
    return out


def cells(counts):
    if counts[0] == 'import':
        return ['not imported', '', '', '', '']
    return [str(c) for c in counts[:5]]


def main():
    py, gw = parse(os.path.join(sys.argv[1], 'py')), parse(os.path.join(sys.argv[1], 'gwb'))
    totals = {'py': [0] * 6, 'gw': [0] * 6}
    print('| module | 9.6.3 run | passed | failed | errors | skipped '
          '| gowikibot run | passed | failed | errors | skipped | gowikibot: why not imported |')
    print('|---|---|---|---|---|---|---|---|---|---|---|---|')
    empty = 0
    for mod in sorted(py):
        a, b = py[mod], gw.get(mod, ('import', 'not run'))
        for side, counts in (('py', a), ('gw', b)):
            if counts[0] != 'import':
                totals[side] = [t + c for t, c in zip(totals[side], counts)]
        if a[0] == 0 and b[0] == 0:
            empty += 1
            continue
        note = b[1] if b[0] == 'import' else ''
        if a[0] == 'import':
            note = (note + '; ' if note else '') + '9.6.3 not imported: ' + a[1]
        print('| ' + ' | '.join([mod] + cells(a) + cells(b) + [note.replace('|', '/')]) + ' |')
    print()
    print('Totals (run, passed, failed, errors, skipped, expected failures): 9.6.3 {}, gowikibot {}; '
          '{} modules have no offline test on either side.'.format(totals['py'], totals['gw'], empty))


main()
