"""Benchmark: replaceExcept over 200 pages of about 2 KB of wikitext.

Run with gowikibot python or (for comparison) with pywikibot 9.6.3 on
CPython; prints the elapsed time and a checksum of the results.
"""
import time

from pywikibot import textlib

PARAGRAPH = (
    "The '''river %d''' flows through [[Example valley|the valley]] and "
    "joins the sea near [[Port %d]].<ref>{{cite web|url=http://example.org/"
    "river%d|title=River %d}}</ref> Its colour changes with the seasons; "
    "the colour is recorded at http://example.org/colour/%d every day. "
    "<!-- colour measured by volunteers --> <nowiki>colour</nowiki>\n"
)


def page(n):
    parts = ['{{Infobox river\n| name = River %d\n| colour = brown\n}}\n' % n]
    i = 0
    while sum(len(p) for p in parts) < 2000:
        parts.append(PARAGRAPH % (n, i, n, i, i))
        if i % 3 == 0:
            parts.append('== Colour %d ==\n' % i)
        i += 1
    parts.append('[[Category:Rivers of colour]]\n')
    return ''.join(parts)


pages = [page(n) for n in range(200)]
exceptions = ['comment', 'header', 'nowiki', 'pre', 'source', 'math',
              'template', 'hyperlink', 'link', 'ref', 'table', 'startspace']
start = time.time()
total = 0
for text in pages:
    new = textlib.replaceExcept(text, r'\bcolour\b', 'color', exceptions)
    new = textlib.replaceExcept(new, r'(\d+) km', r'\1 kilometres',
                                exceptions)
    total += 7 * len(new) + new.count('color') + new.count('kilometres')
elapsed = time.time() - start
print('pages %d, bytes %d, checksum %d' % (len(pages),
                                           sum(len(p) for p in pages), total))
print('replaceExcept: %.3f s' % elapsed)
