"""pywikibot.plural's rules: every language's number of forms and the form
chosen for 0..120, and i18n's PLURAL choice for Welsh, Irish, Latvian and
Maltese (the rules gowikibot lacked). Same output from real pywikibot 9.6.3
(plural_rules.out) and gowikibot."""
from pywikibot import i18n, plural

for code in sorted(plural.plural_rules):
    rule = plural.plural_rule(code)
    choose = rule['plural']
    if callable(choose):
        forms = ''.join(str(int(choose(n))) for n in range(121))
    else:
        forms = 'always {!r}'.format(choose)
    print(code, rule['nplurals'], forms)
print(plural.plural_rule('xx')['nplurals'], plural.plural_rule('xx') is plural.plural_rules['_default'])
for code in ('cy', 'ga', 'lv', 'mt'):
    print(code, [i18n._extract_plural(code, '{{PLURAL:n|a|b|c|d|e}}', {'n': n}) for n in (0, 1, 2, 3, 8, 11, 15, 21)])
