"""Site and page methods that return pywikibot 9.6.3's api.PageGenerator
(getReferences(only_template_inclusion=True), embeddedin, allpages,
categorymembers, search...) and what scripts call on it:
set_maximum_items, set_namespace, set_query_increment, request, limit,
resultkey (Ronnie-V's Search_param_in_template.py called .length() on
getReferences' result)."""
import pywikibot
from pywikibot.data import api

site = pywikibot.Site()
template = pywikibot.Page(site, 'Template:Gap7 box')
if not template.exists():
    template.text = 'box'
    template.save('gap7 setup')
for n in range(1, 4):
    page = pywikibot.Page(site, 'Gap7 user {}'.format(n))
    if not page.exists():
        page.text = '{{Gap7 box}} [[Gap7 user 1]]'
        page.save('gap7 setup')

refs = template.getReferences(only_template_inclusion=True)
print(type(refs).__name__, isinstance(refs, api.PageGenerator), hasattr(refs, 'length'),
      refs.limit, refs.resultkey)
print(sorted(p.title() for p in refs))
refs = template.getReferences(only_template_inclusion=True, total=2)
print(refs.limit, len(list(refs)))
refs = template.getReferences(only_template_inclusion=True)
refs.set_maximum_items(1)
print(refs.limit, len(list(refs)))
refs = template.embeddedin()
refs.set_query_increment(1)
print(type(refs).__name__, sorted(p.title() for p in refs))

both = pywikibot.Page(site, 'Gap7 user 1').getReferences()
print(type(both).__name__, sorted(p.title() for p in both))

pages = site.allpages(prefix='Gap7')
print(type(pages).__name__, [p.title() for p in pages])
pages = site.allpages(prefix='Gap7')
pages.set_namespace(10)
print([p.title() for p in pages])
pages = site.allpages(prefix='Gap7', total=2)
pages.set_maximum_items(-1)
print(pages.limit, [p.title() for p in pages])
gen = site.allpages(prefix='Gap7')
print(next(gen).title(), next(gen).title())
print(type(site.search('Gap7')).__name__, type(site.randompages()).__name__,
      type(site.pagebacklinks(template)).__name__, type(site.page_embeddedin(template)).__name__)
