"""Names added to pywikibot.family, .config, .login, .throttle, .i18n,
.cosmetic_changes, .flow, .time and tools' submodules: the same output
from real pywikibot 9.6.3 (more.out) and gowikibot."""
import os
import tempfile
import warnings

from pywikibot import config, cosmetic_changes, family, flow, i18n, login, throttle
from pywikibot import time as pwbtime
from pywikibot.tools import formatter, itertools as pwbitertools

print(family.NAME_CHARACTERS, family.CODE_CHARACTERS, family.logger.name)
print(issubclass(family.FamilyMaintenanceWarning, UserWarning), family.UnknownFamilyError.__name__,
      family.wikistats.__name__, family.removesuffix('abc_family', '_family'), family.config is config)

import sys  # noqa: E402

saved = os.environ.get('PYWIKIBOT_DIR')
with tempfile.TemporaryDirectory() as d:
    d = os.path.realpath(d)
    os.environ['PYWIKIBOT_DIR'] = d
    print(config.get_base_dir(test_directory=d) == d)
    open(os.path.join(d, 'my-config.py'), 'w').close()
    print(config.get_base_dir(config_file='my-config.py') == d)
    os.environ['PYWIKIBOT_DIR'] = os.path.join(d, 'missing')
    sys.argv.append('-dir:' + d)
    print(config.get_base_dir(config_file='my-config.py') == d)
    sys.argv[-1] = '-dir:' + os.path.join(d, 'missing')
    try:
        config.get_base_dir()
    except RuntimeError as e:
        print('RuntimeError:', str(e).replace(d, 'DIR'))
    sys.argv.pop()
if saved is None:
    del os.environ['PYWIKIBOT_DIR']
else:
    os.environ['PYWIKIBOT_DIR'] = saved

bp = login.BotPassword('ci', 'secret')
print(bp.suffix, bp.password, bp.login_name('Bot'), login.botList, type(login.mwoauth).__name__)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    login.BotPassword('Bot@ci', 'x')
print([(w.category.__name__, str(w.message)) for w in log])
print(login.normalize_username('some_user'), login.NoUsernameError.__name__, login.APIError.__name__)

print(repr(throttle.FORMAT_LINE), throttle.pid)
entry = throttle.ProcEntry(module_id='replace', pid=3, time=1700000000, site='wikipedia:en')
print(entry, entry._fields, throttle.FORMAT_LINE.format_map(entry._asdict()), end='')

print(i18n.plural_rule('en')['nplurals'], i18n.plural_rule('pl')['nplurals'], i18n.plural_rule('xx')['nplurals'])
print([i18n.plural_rule('ru')['plural'](n) for n in (1, 2, 5, 21)], i18n.removesuffix('ab', 'b'))

C = cosmetic_changes.CANCEL
print(list(C), C.ALL == 0, C(2), repr(C.MATCH), cosmetic_changes.stdnum_isbn)
print(cosmetic_changes.first_upper('abc'), cosmetic_changes.url2string('a%20b'),
      cosmetic_changes.Namespace.FILE, cosmetic_changes.FILE_LINK_REGEX == cosmetic_changes.textlib.FILE_LINK_REGEX)

print(flow.FLOW_WARNING, flow.BasePage.__name__, flow.User.__name__)
print(pwbtime.PYTHON_VERSION == tuple(__import__('sys').version_info[:3]), pwbtime.SPHINX_RUNNING)
print(list(pwbitertools.batched('abcdefg', 3)), formatter.terminal_interface_base.__name__)
