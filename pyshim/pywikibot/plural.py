"""pywikibot.plural: the plural rules of the languages, as the i18n
messages use them: plural_rule(lang) is {'nplurals': number of forms,
'plural': n -> index of the form} (English's rule for a language without
its own); plural_rules holds the languages that have one."""
from pywikibot import i18n

__all__ = ('plural_rule', 'plural_rules')

plural_rules = {'_default': {'nplurals': 2, 'plural': i18n._rule_default}}
plural_rules.update({code: {'nplurals': n, 'plural': rule} for code, (n, rule) in i18n._PLURAL_RULES.items()})


def plural_rule(lang):
    """The plural rule of lang."""
    return plural_rules.get(lang, plural_rules['_default'])
