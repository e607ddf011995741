from pywikibot import family


class Family(family.Family):
    name = 'bad'
    langs = {'en': 'bad.example.org'}

    def scriptpath(self, code):
        return {'de': '/w'}[code]
