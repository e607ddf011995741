from pywikibot import family


class Family(family.Family):
    name = 'nohost'
    langs = {'en': 'nosuch.invalid'}

    def scriptpath(self, code):
        return '/w'

    def protocol(self, code):
        return 'https'
