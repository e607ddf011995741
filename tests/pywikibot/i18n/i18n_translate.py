"""translate with dictionaries, families, fallbacks and PLURAL."""
from pywikibot import i18n


def show(label, value):
    print(label + ': ' + repr(value))


def attempt(label, func, *args, **kwargs):
    try:
        show(label, func(*args, **kwargs))
    except Exception as e:
        show(label + ' raised', type(e).__name__ + ': ' + str(e))


msgs = {'en': 'Hello', 'de': 'Hallo', 'es': 'Hola', 'nl': 'Hoi',
        '_default': 'Default'}
attempt('en', i18n.translate, 'en', msgs)
attempt('de', i18n.translate, 'de', msgs)
attempt('fr none', i18n.translate, 'fr', msgs)
attempt('fr fallback', i18n.translate, 'fr', msgs, fallback=True)
attempt('ast fallback es', i18n.translate, 'ast', msgs, fallback=True)
attempt('af fallback nl', i18n.translate, 'af', msgs, fallback=True)
attempt('bar fallback de', i18n.translate, 'bar', msgs, fallback=True)
attempt('list fallback', i18n.translate, 'xx', msgs, fallback=['es', 'de'])
attempt('list fallback miss', i18n.translate, 'xx', {'en': 'E'},
        fallback=['es'])
attempt('no default', i18n.translate, 'xx', {'de': 'D'}, fallback=True)
attempt('string', i18n.translate, 'de', 'Just a string')
attempt('empty dict', i18n.translate, 'de', {})
fam = {'wikipedia': {'en': 'WP', 'de': 'WP-de'},
       'wiktionary': {'en': 'WT'}}
attempt('family default', i18n.translate, 'de', fam)


class Fam:
    name = 'wiktionary'


class Site:
    code = 'en'
    family = Fam()


attempt('family site', i18n.translate, Site(), fam)
attempt('plural', i18n.translate, 'en',
        {'en': '%(n)d {{PLURAL:%(n)d|cat|cats}}'}, {'n': 3})
attempt('plural one', i18n.translate, 'en',
        {'en': '%(n)d {{PLURAL:%(n)d|cat|cats}}'}, {'n': 1})
attempt('plural fr', i18n.translate, 'fr',
        {'fr': '{{PLURAL:n|chat|chats}}'}, {'n': 0})
attempt('plural ru', i18n.translate, 'ru',
        {'ru': '{{PLURAL:n|a|b|c}}'}, {'n': 3})
attempt('params missing', i18n.translate, 'en', {'en': 'x %(y)s'}, {'z': 1})
attempt('params not mapping', i18n.translate, 'en', {'en': 'x'}, [1])
attempt('params empty', i18n.translate, 'en', {'en': 'x %(y)s'}, {})
attempt('altlang', i18n._altlang, 'nn')
