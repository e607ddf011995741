"""A family of one local wiki, in the shapes third-party family files
take: a host with a port, http, and protocol() and scriptpath() answering
from a dict per code, and class data (category redirect templates,
disambiguation templates) that scripts read."""
from pywikibot import family


class Family(family.Family):

    name = 'labwiki'

    langs = {
        'lab': 'localhost:8181',
        'old': 'old.example.invalid',
    }

    category_redirect_templates = {'_default': ['Catredirect', 'Kategorieumleitung']}

    disambcatname = {'lab': 'Begriffsklärung'}

    def protocol(self, code):
        return {'lab': 'http', 'old': 'https'}[code]

    def scriptpath(self, code):
        return {'lab': '', 'old': '/mw'}[code]
