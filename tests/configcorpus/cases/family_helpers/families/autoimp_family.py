"""A family file built on pywikibot.family.AutoFamily."""
from pywikibot import family
from pywikibot.family import AutoFamily

_base = AutoFamily('autoimp', 'https://auto.example.org/wiki/api.php')


class Family(family.SingleSiteFamily):
    name = 'autoimp'
    domain = _base.domain

    def scriptpath(self, code):
        return _base.scriptpath(code)
