# re.sub with look-behind and look-ahead over 200 pages of about 2 KB of
# wikitext (textlib-style work; needs re, so not for bare gpython).
import re

pages = []
for i in range(200):
    chunks = []
    n = 0
    while n < 2000:
        c = "The colour of [[Page %d|item]] is noted.<ref>Source %d</ref> " % (i, n)
        c += "{{Infobox|colour=red}} [[Category:Colour %d]]\n" % (i % 7)
        chunks.append(c)
        n += len(c)
    pages.append("".join(chunks))
pat = re.compile(r"(?<=\[\[)Category:|(?<![\w])colour(?![\w])")
total = 0
for _ in range(5):
    for p in pages:
        total += len(pat.sub("X", p))
print(total)
