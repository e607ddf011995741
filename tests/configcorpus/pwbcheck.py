"""Read a config directory with real pywikibot and print what it found.

Usage: PYWIKIBOT_SRC=/path/to/pywikibot-9.6.3 python3 pwbcheck.py BASE_DIR

Prints one JSON object with the same shape as part of
"gowikibot config show -json": family, mylang, usernames, the URLs of each
family in family_files, and "logins" (user, login_name, has_password or
the exception name) for every concrete usernames entry plus the default
site. Used by the corpus test to compare gowikibot with pywikibot; it is a
driver written for gowikibot, not part of pywikibot.
"""
import json
import os
import sys

sys.path.insert(0, os.environ['PYWIKIBOT_SRC'])
base = os.path.abspath(sys.argv[1])
sys.argv = ['pwb', '-dir:' + base]
os.chdir(base)

import pywikibot  # noqa: E402
from pywikibot import config, login  # noqa: E402
from pywikibot.family import Family  # noqa: E402


class StubSite:
    """Enough of a Site for LoginManager: code and family only."""

    def __init__(self, fam, code):
        self.family = fam
        self.code = code

    def __str__(self):
        return f'{self.family.name}:{self.code}'


def login_info(fam_name, code):
    try:
        fam = Family.load(fam_name)
        if code not in fam.langs:
            return {'error': 'UnknownSiteError'}
        lm = login.LoginManager(site=StubSite(fam, code))
        return {'user': lm.username, 'login_name': lm.login_name,
                'has_password': bool(lm.password)}
    except Exception as e:  # report the exception class, as gowikibot
        return {'error': type(e).__name__}


out = {'family': config.family, 'mylang': config.mylang,
       'usernames': {f: dict(c) for f, c in config.usernames.items() if c}}
sites = {(config.family, config.mylang)}
for fam, codes in config.usernames.items():
    if fam == '*':
        continue
    for code in codes:
        if code != '*':
            sites.add((fam, code))
out['logins'] = {f'{f}:{c}': login_info(f, c) for f, c in sorted(sites)}
fams = {}
builtin_dir = os.path.join(os.environ['PYWIKIBOT_SRC'], 'pywikibot', 'families')
for name, path in config.family_files.items():
    if path.startswith(builtin_dir):
        continue
    try:
        f = Family.load(name)
        codes = {}
        for code in f.langs:
            try:
                codes[code] = {'hostname': f.hostname(code),
                               'protocol': f.protocol(code),
                               'scriptpath': f.scriptpath(code),
                               'apipath': f.apipath(code)}
            except Exception as e:
                codes[code] = {'error': type(e).__name__}
        fams[name] = {'codes': codes}
    except Exception as e:
        fams[name] = {'error': type(e).__name__}
out['families'] = fams
print(json.dumps(out, sort_keys=True))
