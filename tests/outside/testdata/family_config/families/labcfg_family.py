"""A family file that changes the configuration when it is loaded: at
module level through `from pywikibot import config`, and in its class
body (the shapes of the seventh round's Wikibase family files)."""
from pywikibot import config, family

config.put_throttle = 3
config.maxthrottle += 1  # once: the file runs once per process
config.usernames['labcfg']['old'] = 'OldBot'


class Family(family.Family):

    name = 'labcfg'

    langs = {
        'lab': 'localhost:8179',
        'old': 'old.example.invalid',
    }

    config.cosmetic_changes_disable.update({'labcfg': ('old',)})
    config.maxlag = 9

    def protocol(self, code):
        return 'http'
