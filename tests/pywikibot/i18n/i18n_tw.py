"""twtranslate, twhas_key, twget_keys with a test messages package."""
from pywikibot import i18n


def show(label, value):
    print(label + ': ' + repr(value))


def attempt(label, func, *args, **kwargs):
    try:
        show(label, func(*args, **kwargs))
    except Exception as e:
        show(label + ' raised', type(e).__name__ + ': ' + str(e))


i18n.set_messages_package('i18ntest')
show('available', i18n.messages_available())
attempt('en plain', i18n.twtranslate, 'en', 'test-plain')
attempt('de plain', i18n.twtranslate, 'de', 'test-plain')
attempt('bar fallback de', i18n.twtranslate, 'bar', 'test-plain')
attempt('fr fallback en', i18n.twtranslate, 'fr', 'test-plain')
attempt('xx fallback en', i18n.twtranslate, 'xx', 'test-plain')
attempt('no fallback', i18n.twtranslate, 'fr', 'test-plain', fallback=False)
attempt('param', i18n.twtranslate, 'de', 'test-param',
        {'from': 'A', 'to': 'B'})
for n in [0, 1, 2, 5, 21, 22, 25, 101, 111]:
    for lang in ['en', 'de', 'fr', 'ru', 'pl', 'ja']:
        attempt('plural %s %d' % (lang, n), i18n.twtranslate, lang,
                'test-plural', {'num': n})
attempt('named', i18n.twtranslate, 'en', 'test-plural-named',
        {'count': 3, 'where': 'Foo'})
attempt('named one', i18n.twtranslate, 'en', 'test-plural-named',
        {'count': 1, 'where': 'Foo'})
attempt('multiple', i18n.twtranslate, 'en', 'test-multiple', {'a': 1, 'b': 7})
for n in [0, 1, 2, 12, 13]:
    attempt('specific %d' % n, i18n.twtranslate, 'en', 'test-specific',
            {'n': n})
    attempt('specific2 %d' % n, i18n.twtranslate, 'en', 'test-specific2',
            {'n': n})
attempt('only plural', i18n.twtranslate, 'en', 'test-plural', {'num': 4},
        only_plural=True)
attempt('plural no mapping', i18n.twtranslate, 'en', 'test-plural', [3])
attempt('plural not int', i18n.twtranslate, 'en', 'test-plural',
        {'num': '3'})
attempt('param list', i18n.twtranslate, 'en', 'test-plain', ['x'])
attempt('missing key', i18n.twtranslate, 'en', 'test-missing')
attempt('missing key nofb', i18n.twtranslate, 'de', 'test-missing',
        fallback=False)
attempt('missing bundle', i18n.twtranslate, 'en', 'nobundle-key')
attempt('empty message', i18n.twtranslate, 'en', 'test-empty')
attempt('bot prefix', i18n.twtranslate, 'en', 'test-plain', bot_prefix=True)
show('has en', i18n.twhas_key('en', 'test-plain'))
show('has fr', i18n.twhas_key('fr', 'test-plain'))
show('has de missing', i18n.twhas_key('de', 'test-only-en'))
show('keys plain', i18n.twget_keys('test-plain'))
show('keys plural', i18n.twget_keys('test-plural'))
show('keys only en', i18n.twget_keys('test-only-en'))
show('bundle basic', i18n.twtranslate('en', 'basic-changing'))


class FakeSite:
    lang = 'de'
    code = 'de'


attempt('site source', i18n.twtranslate, FakeSite(), 'test-param',
        {'from': 'X', 'to': 'Y'})
i18n.set_messages_package('no_such_package')
show('available missing', i18n.messages_available())
attempt('fallback prompt', i18n.twtranslate, 'en', 'test-plain',
        fallback_prompt='Prompt %(x)s', parameters={'x': 'y'})
attempt('fallback prompt only plural', i18n.twtranslate, 'en', 'test-plain',
        fallback_prompt='Prompt %(x)s', parameters={'x': 'y'},
        only_plural=True)
attempt('no package', i18n.twtranslate, 'en', 'test-plain')
