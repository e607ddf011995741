"""pywikibot.site is a package as pywikibot 9.6.3's: site._namespace's
BuiltinNamespace, site._interwikimap's _IWEntry (its site made on first
use, or the exception raised), site._decorators' must_be, need_right,
need_version and need_extension on a stand-in site; and a '{{{' that opens
no parameter is a brace before a template in
textlib.extract_templates_and_params. Same output from real pywikibot 9.6.3
(site_package.out) and gowikibot."""
from pywikibot import textlib
from pywikibot.exceptions import UserRightsError
from pywikibot.site._decorators import must_be, need_extension, need_right, need_version
from pywikibot.site._interwikimap import _IWEntry
from pywikibot.site._namespace import BuiltinNamespace

print([(ns.name, int(ns), ns.canonical) for ns in BuiltinNamespace])
print(BuiltinNamespace(10) is BuiltinNamespace.TEMPLATE, BuiltinNamespace.MEDIAWIKI_TALK.canonical)

entry = _IWEntry(True, 'invalid-url', prefix='xx')
print(entry.local, entry.url, entry.prefix)
entry._site = 'cached'
print(entry.site)


class Stand:
    obsolete = False

    def __init__(self, groups, rights, version, extensions):
        self.groups, self.rights = groups, rights
        self._version, self.extensions = version, extensions

    def has_group(self, group):
        return group in self.groups

    def has_right(self, right):
        return right in self.rights

    def has_extension(self, name):
        return name in self.extensions

    def version(self):
        return self._version

    def user(self):
        return 'Tester'

    def __str__(self):
        return 'stand:xx'

    @must_be('sysop')
    def admin_only(self, x):
        """Needs sysop."""
        return 'admin', x

    @need_right('delete')
    def delete(self, x=1):
        return 'deleted', x

    @need_right()
    def anyone(self):
        return 'anyone'

    @need_version('1.39')
    def new_api(self):
        return 'new'

    @need_extension('Echo')
    def notify(self):
        return 'notified'


for stand in (Stand(['sysop'], ['delete'], '1.41.0', ['Echo']), Stand(['user'], [], '1.35.2', [])):
    for call in (lambda: stand.admin_only(3), lambda: stand.admin_only(4, as_group='user'),
                 lambda: stand.delete(x=2), stand.anyone, stand.new_api, stand.notify):
        try:
            print(call())
        except Exception as e:
            print(type(e).__name__, str(e).replace('\n', ' / '))
print(Stand.admin_only.__name__, Stand.admin_only.__doc__, Stand.delete.__wrapped__.__name__)
closed = Stand(['sysop'], ['delete'], '1.41.0', [])
closed.obsolete = True
for call in (closed.delete, lambda: closed.admin_only(1)):
    try:
        call()
    except UserRightsError as e:
        print('UserRightsError', e)
closed.groups.append('steward')
print(closed.delete())

for text in ('{{{a|b}}X}', '{{{a|b}}', '{{{a|b}}}', '{{{{a|b}}}}', 'x{{{a}}}{{b|c}}', '{{a|{{{b|c}}}}}'):
    print(repr(text), textlib.extract_templates_and_params(text))
