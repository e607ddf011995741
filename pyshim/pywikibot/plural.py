"""pywikibot.plural: the plural rules of the languages, as the i18n
messages use them: plural_rule(lang) is {'nplurals': number of forms,
'plural': n -> index of the form} (English's rule for a language without
its own); plural_rules holds the languages that have one."""
from pywikibot import i18n

__all__ = ('plural_rule', 'plural_rules')

plural_rules = {'_default': {'nplurals': 2, 'plural': i18n._rule_default}}
# a language with one form has the form's index, 0, as its 'plural' (as pywikibot's)
plural_rules.update({code: {'nplurals': n, 'plural': rule if n > 1 else 0}
                     for code, (n, rule) in sorted(i18n._PLURAL_RULES.items())})


def plural_rule(lang):
    """The plural rule of lang."""
    return plural_rules.get(lang, plural_rules['_default'])
