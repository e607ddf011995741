"""A family file that uses pywikibot's helpers, as third-party ones do."""
from pywikibot import config, family
from pywikibot.tools import classproperty, deprecated, deprecated_args


class Family(family.SubdomainFamily):
    name = 'helpers'
    domain = 'helpers.example.org'
    codes = ['en', 'de', 'fr']

    @classproperty
    def langs(cls):
        langs = {code: code + '.' + cls.domain for code in cls.codes}
        langs['fr'] = 'wiki-fr.example.net'
        return langs

    def protocol(self, code):
        # upper case, as some family files write it
        return {'fr': 'HTTPS'}.get(code, 'https')

    @deprecated_args(lang='code')
    def scriptpath(self, code):
        if config.family == 'helpers' and code == 'de':
            return ''
        return '/w'

    @deprecated('scriptpath', since='9.0.0')
    def old_path(self, code):
        return self.scriptpath(code)
