"""Names added to the surface (pywikibot, pywikibot.bot, .exceptions, .site,
.page, .pagegenerators), used through from-imports: the same output from
real pywikibot 9.6.3 (names.out) and gowikibot."""
import sys

import pywikibot
from pywikibot import (
    AutoFamily, PatchManager, async_request, backports, comms, cosmetic_changes, daemonize, data, date,
    diff, echo, family, i18n, logging, login, page_put_queue, plural, proofreadpage, removesuffix,
    throttle, time, ui, userinterfaces, version, xmlreader,
)
for m in (backports, comms, cosmetic_changes, daemonize, data, date, diff, echo, family, i18n, logging, login,
          plural, proofreadpage, throttle, time, userinterfaces, version, xmlreader):
    print(m.__name__, m is sys.modules[m.__name__])
print(removesuffix('abc.py', '.py'), removesuffix('abc', '.py'))
f = AutoFamily('mywiki', 'https://wiki.example.org/w/api.php')
print(f.name, f.protocol('mywiki'), f.scriptpath('mywiki'), f.hostname('mywiki'))
pm = PatchManager('a\nb\nc\n', 'a\nB\nc\n')
print(len(pm.hunks))

done = []
async_request(done.append, 'first')
async_request(done.append, 'second')
page_put_queue.join()
print(done)

from pywikibot.bot import (  # noqa: E402
    CRITICAL, DEBUG, ERROR, INFO, INPUT, STDOUT, VERBOSE, WARNING, MultipleChoiceList, NoPageError,
    ShowingListOption, ShowingMultipleChoiceList, Throttle, UnknownFamilyError, UnknownSiteError,
    VersionParseError, WikiBaseError, handler_namer, input_list_choice, pwb_logging, strtobool,
)
print(CRITICAL, DEBUG, ERROR, INFO, INPUT, STDOUT, VERBOSE, WARNING)
print(pwb_logging is logging, NoPageError is pywikibot.exceptions.NoPageError,
      UnknownSiteError is pywikibot.exceptions.UnknownSiteError, issubclass(VersionParseError, pywikibot.exceptions.Error),
      issubclass(WikiBaseError, pywikibot.exceptions.Error), UnknownFamilyError.__name__, Throttle.__name__)
print(handler_namer('add_text.log.1'), handler_namer('a.b.log.12'))
print(strtobool('yes'), strtobool('off'))
opt = ShowingListOption(['apple', 'pear', 'plum'], pre='Fruit:', post='--')
print(repr(opt.out), opt.stop, opt.test('2'), opt.test('4'), opt.result('3'))
mc = MultipleChoiceList(['x', 'y', 'z'], prefix='n')
print(mc.test('n1,n3'), mc.test('n1,n4'), mc.test('1'), mc.result('n1,n3'))
smc = ShowingMultipleChoiceList(['x', 'y'])
print(repr(smc.out), smc.test('1,2'), smc.result('2,1'))
print(input_list_choice('Which', ['red', 'green', 'blue'], default='2', force=True))
try:
    input_list_choice('Which', ['red'], force=True)
except ValueError as e:
    print('ValueError', e)

from pywikibot.plural import plural_rule  # noqa: E402
ru = plural_rule('ru')
print(ru['nplurals'], [ru['plural'](n) for n in (1, 2, 5, 11, 21, 22)], plural_rule('xx')['nplurals'])

from pywikibot.exceptions import ModuleDeprecationWrapper, pywikibot as p  # noqa: E402
print(p is pywikibot, ModuleDeprecationWrapper.__name__)
from pywikibot.site import _apisite, _generators  # noqa: E402
print(_apisite.APISite is pywikibot.site.APISite)
from pywikibot.page import _page, LexemeForm, LexemeSense, SiteLink, WikibaseEntity  # noqa: E402
print(_page.Page is pywikibot.Page, issubclass(pywikibot.ItemPage, WikibaseEntity),
      issubclass(LexemeForm, WikibaseEntity), issubclass(LexemeSense, WikibaseEntity),
      issubclass(SiteLink, pywikibot.page.BaseLink))
from pywikibot.pagegenerators import _generators as g  # noqa: E402
print(g.PrefixingPageGenerator is pywikibot.pagegenerators.PrefixingPageGenerator)
from pywikibot.logging import add_init_routine  # noqa: E402
add_init_routine(lambda: print('init routine ran'))
pywikibot.info('after')
