"""compileLinkR, get_regexes, does_text_contain_section and helpers."""
import re

from fixture import make_site
from pywikibot import textlib

site = make_site()


def show(label, value):
    print(label + ': ' + repr(value))


link = textlib.compileLinkR()
text = ("See http://example.org/a. And ''https://example.com/b'' and "
        "[https://example.net/c label] and (http://x.org/d), "
        "http://y.org/e|f <http://z.org/g>")
show('links', [m.group('url') for m in link.finditer(text)])
show('without bracketed', [m.group('url') for m in
                           textlib.compileLinkR(withoutBracketed=True)
                           .finditer(text)])
show('only bracketed', [m.group('url') for m in
                        textlib.compileLinkR(onlyBracketed=True)
                        .finditer(text)])
rx = textlib.get_regexes(['comment', 'link', 'gallery'])
show('regexes', len(rx))
show('comment', rx[0].findall('a<!-- b -->c<!--d-->'))
show('gallery', rx[2].findall('<gallery mode="packed">x</gallery> y'))
show('single key', len(textlib.get_regexes('math')))
show('source key', len(textlib.get_regexes('source')))
show('compiled key', textlib.get_regexes([re.compile('x')])[0].pattern)
show('category re', textlib.get_regexes('category', site)[0].findall(
    'a [[Category:B]] [[ category : c|d]] [[Cat:e]]'))
show('file re', [m.group(0) for m in textlib.get_regexes('file', site)[0]
                 .finditer('[[File:A.jpg|thumb|[[link]] x]] [[Image:B.png]]'
                           ' [[file:c.gif|[x y]]]')])
show('interwiki re', textlib.get_regexes('interwiki', site)[0].findall(
    '[[de:X]] [[:fr:Y]] [[zz:Z]]'))
show('header re', textlib.get_regexes('header')[0].findall(
    '== A ==\ntext\n=== B === <!-- c -->\n'))
show('table re', len(textlib.get_regexes('table')[0].findall(
    '{|\n|a\n|}\n<table><tr></tr></table>')))
page = "Intro\n== History ==\nx\n=== ''Early'' years ===\n== [[Link]] ==\n"
for sec in ['History', 'Early years', "''Early'' years", 'Early_years',
            '[[Link]]', '[[:Link]]', 'Missing', 'history']:
    show('section ' + sec, textlib.does_text_contain_section(page, sec))
show('ignore_case', textlib.ignore_case('Ab1'))
show('case_escape', textlib.case_escape('first-letter', 'foo bar'))
show('case_escape us', textlib.case_escape('case-sensitive', 'foo bar',
                                           underscore=True))
show('expandmarker', textlib.expandmarker('abc\n--\n@@', '@@', '--'))
show('isbn', textlib.reformat_ISBNs(
    'ISBN 978-3-16-148410-0 and ISBN 0-8044-2957-X, not ISBN: 123',
    lambda m: m.group('code').replace('-', '')))
