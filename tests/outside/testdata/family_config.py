"""The configuration a script sees after a third-party family file that
changes it has loaded: through Family.load() (argument "load") or through
the first Site() of the family (argument "site"; pywikibot's Site asks the
wiki at once, so it is made in a try: this directory's wiki is not
there)."""
import sys

import pywikibot
from pywikibot import config


def show(when):
    print(when, config.put_throttle, config.maxthrottle, config.maxlag,
          config.cosmetic_changes_disable, sorted(config.usernames['labcfg'].items()))


show('before')
for _ in range(2):
    if sys.argv[1:] == ['site']:
        try:
            pywikibot.Site('lab', 'labcfg')
        except Exception:
            pass
    else:
        from pywikibot.family import Family
        Family.load('labcfg')
    show('after')
