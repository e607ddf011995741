"""Category links: get, remove, replace, format, replace in place."""
from fixture import make_site
from pywikibot import textlib

site = make_site()

PAGE = """'''Lake Example''' is a lake.<!-- [[Category:Hidden]] -->

== References ==
{{Reflist}}

{{DEFAULTSORT:Example, Lake}}
[[Category:Lakes of Exampleland|Example]]
[[category:Glacial_lakes]]
[[ Category : Tourist  attractions ]]
<nowiki>[[Category:Not a category]]</nowiki>

[[de:Beispielsee]]
[[fr:Lac Exemple]]
"""


def show(label, value):
    print(label + ': ' + repr(value))


cats = textlib.getCategoryLinks(PAGE, site)
show('count', len(cats))
for cat in cats:
    show('cat', (cat.title(), cat.title(with_ns=False), cat.sortKey,
                 cat.aslink()))
show('repr', repr(cats[0]))
show('include nowiki', [c.title() for c in textlib.getCategoryLinks(
    PAGE, site, include=['nowiki'])])
show('removed', textlib.removeCategoryLinks(PAGE, site))
show('removed marker', textlib.removeCategoryLinks(PAGE, site, marker='@X@'))
show('removed sep', textlib.removeCategoryLinksAndSeparator(
    PAGE, site, marker='@X@', separator='\n'))
show('format', textlib.categoryFormat(
    ['Foo', 'Category:Bar', '[[Category:Baz|key]]', 'Qux|sort'], site))
show('format empty', textlib.categoryFormat([], site))
show('format objects', textlib.categoryFormat(cats, site))
show('replace', textlib.replaceCategoryLinks(PAGE, ['New one', 'New two'],
                                             site))
show('replace objs', textlib.replaceCategoryLinks(PAGE, cats[1:], site))
show('add only', textlib.replaceCategoryLinks(PAGE, ['Added'], site,
                                              add_only=True))
show('replace none', textlib.replaceCategoryLinks(PAGE, [], site))
plain = "Some text.\n\n{{Lake-stub}}\n[[Category:A]]\n[[Category:B]]\n"
show('stub moved', textlib.replaceCategoryLinks(plain, ['C'], site))
noinclude = "<noinclude>doc\n[[Category:Old]]\n</noinclude>"
show('noinclude', textlib.replaceCategoryLinks(noinclude, ['New'], site))
show('no cats text', textlib.replaceCategoryLinks('Just text.', ['Z'], site))
old = cats[1]
new = textlib.getCategoryLinks('[[Category:Crater lakes]]', site)[0]
show('in place', textlib.replaceCategoryInPlace(PAGE, old, new, site))
show('in place remove', textlib.replaceCategoryInPlace(PAGE, old, None,
                                                       site))
show('in place sortkey', textlib.replaceCategoryInPlace(PAGE, cats[0], new,
                                                        site))
show('format prefixes', textlib.categoryFormat(
    ['category:lower', 'CATEGORY:Upper|k', 'Cat:Short', ':Category:Colon'],
    site))
show('underscore title', [c.title() for c in textlib.getCategoryLinks(
    '[[Category:__Many___under_scores_]] [[Category: lower start]]', site)])
show('addOnly keyword', textlib.replaceCategoryLinks(
    'Text\n[[Category:A]]', ['B'], site, addOnly=True))
show('site none cats', [c.title() for c in textlib.getCategoryLinks(
    'x [[Category:Default site]] y', site=site)])
