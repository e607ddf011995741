"""InteractiveReplace (the replace_links callback) answering without
asking, LogEntryListGenerator over the test wiki's logs, and tools
helpers, on the test wiki."""
import pywikibot
from pywikibot.bot import InteractiveReplace
from pywikibot.bot_choice import AlwaysChoice, StaticChoice
from pywikibot.data import api
from pywikibot.tools import ComparableMixin, cached, classproperty, first_lower, first_upper

site = pywikibot.Site()
old = pywikibot.Page(site, 'Old target')
new = pywikibot.Page(site, 'New target#Sect')
r = InteractiveReplace(old, new, default='t')
print([c.shortcut for c in r.choices])
r.allow_replace = r.allow_replace_section = r.allow_replace_label = r.allow_replace_all = True
print([c.shortcut for c in r.choices], [c.option for c in r.choices])
always = AlwaysChoice(r)
r.additional_choices = [always]
always.always = True
link = pywikibot.Link('Old target#Here', site)
groups = {'title': 'Old target', 'section': 'Here', 'label': None, 'linktrail': ''}
res = r(link, 'See [[Old target#Here]].', groups, (4, 23))
print(type(res).__name__, res.title, res.section, res.anchor)
print(r(pywikibot.Link('Other', site), 'x', groups, (0, 1)))
for answer in ('n', 'u', 't', 's', 'l', 'c'):
    r._current_match = (link, 'See [[Old target#Here]].', groups, (4, 23))
    res = r.handle_answer(answer)
    print(answer, res if not isinstance(res, pywikibot.Link) else (res.title, res.section, res.anchor))
try:
    r.handle_answer('z')
except ValueError as e:
    print('ValueError', e)
unlink = InteractiveReplace(old, False, default='u')
print([c.shortcut for c in unlink.choices], unlink._new)
try:
    unlink.current_text
except ValueError as e:
    print('ValueError', e)

gen = api.LogEntryListGenerator('newusers', site=site, parameters={'letype': 'newusers'})
gen.set_maximum_items(2)
for entry in gen:
    print(type(entry).__name__, entry.type(), entry.action(), type(entry.page()).__name__)


class Version(ComparableMixin):
    def __init__(self, n):
        self.n = n

    def _cmpkey(self):
        return self.n


print(Version(1) < Version(2), Version(2) == Version(2), Version(3) >= Version(4), sorted([Version(3), Version(1)])[0].n)


class Thing:
    calls = 0

    @cached
    def value(self):
        Thing.calls += 1
        return Thing.calls

    @classproperty
    def kind(cls):
        return cls.__name__.lower()


t = Thing()
print(t.value(), t.value(), t.value(force=True), Thing.kind, first_upper('ßa'), first_lower('ABC'))
