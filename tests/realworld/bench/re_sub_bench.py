# Benchmark: re.sub with a lookbehind pattern over 200 pages of ~2 KB of
# wikitext, repeated ROUNDS times. Run under CPython and gowikibot and
# compare process CPU time (see bench.sh).
import re
import sys

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10

pages = []
for i in range(200):
    parts = []
    n = 0
    while n < 2000:
        s = "The colour of [[Page %d|item]] is noted.<ref>Source %d</ref> " % (i, n)
        parts.append(s)
        n += len(s)
        s = "{{Infobox|colour=red}} [[Category:Colour %d]]\n" % (i % 7)
        parts.append(s)
        n += len(s)
    pages.append(''.join(parts))

p = re.compile(r'(?<=\[\[)Category:|(?<![\w])colour(?![\w])')
total = 0
for k in range(ROUNDS):
    for pg in pages:
        total += len(p.sub('X', pg))
print(total)
