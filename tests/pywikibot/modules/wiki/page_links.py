"""Page and link helpers against the test wiki: _cmpkey and ordering of
pages and links, BaseLink, Link, titletranslate."""
import pywikibot
from pywikibot import titletranslate
from pywikibot.page import BaseLink, Link


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', r)


site = pywikibot.Site()
a = pywikibot.Page(site, 'Alpha')
b = pywikibot.Page(site, 'Talk:Alpha')
c = pywikibot.Page(site, 'beta')
attempt('_cmpkey', lambda: (a._cmpkey(), b._cmpkey(), c._cmpkey()))
attempt('order', lambda: [p.title() for p in sorted([c, b, a])])
attempt('eq', lambda: (a == pywikibot.Page(site, 'alpha'), a != b, hash(a) == hash(pywikibot.Page(site, 'Alpha'))))
attempt('set', lambda: len({a, pywikibot.Page(site, 'Alpha'), b}))

bl = BaseLink('Some page', 1, site)
attempt('BaseLink', lambda: (bl.title, bl.namespace, bl.site == site, bl.ns_title(), bl.canonical_title()))
attempt('BaseLink astext', lambda: (bl.astext(), bl.astext(onsite=site), repr(bl), str(bl)))
attempt('BaseLink lookup', lambda: (BaseLink('X', 'User', site).namespace, BaseLink('X', 'Benutzer', site).namespace))
attempt('BaseLink ns_title', lambda: BaseLink('X', 2, site).ns_title(onsite=site))
attempt('BaseLink _cmpkey', lambda: bl._cmpkey())
attempt('BaseLink eq', lambda: (bl == BaseLink('Some page', 1, site), bl < BaseLink('Some page', 2, site)))
attempt('BaseLink fromPage', lambda: (lambda l: (type(l).__name__, l.title, l.namespace))(BaseLink.fromPage(b)))
attempt('BaseLink from Link', lambda: [(l.title, l.namespace) for l in (BaseLink('Talk:Alpha', site=site),)])

lk = Link('Talk:Alpha#Section|label', site)
attempt('Link', lambda: (lk.title, lk.namespace, lk.section, lk.anchor, lk.ns_title(), lk.canonical_title()))
attempt('Link astext', lambda: (lk.astext(), str(lk), repr(lk)))
attempt('Link _cmpkey', lambda: (lk._cmpkey(), Link('alpha', site)._cmpkey()))
attempt('Link order', lambda: [str(l) for l in sorted([Link('Zeta', site), Link('Talk:Beta', site), Link('Alpha', site)])])
attempt('Link fromPage', lambda: str(Link.fromPage(b)))
attempt('Link langlinkUnsafe', lambda: str(Link.langlinkUnsafe('en', 'Foo', site)))
attempt('Link bad', lambda: Link('[[x]]', site).title)
attempt('Link bad2', lambda: Link('a|b', site).title)

# titletranslate: hints name pages on other wikis (codes of the site's family)
attempt('translate no hints', lambda: titletranslate.translate(a, hints=[], site=site))
attempt('translate', lambda: [str(l) for l in titletranslate.translate(a, hints=['demowiki:Other'], site=site)])
attempt('translate keep', lambda: [str(l) for l in titletranslate.translate(a, hints=['demowiki'], site=site)])
attempt('translate auto', lambda: titletranslate.translate(a, auto=True, site=site))
attempt('translate page none', lambda: [str(l) for l in titletranslate.translate(None, hints=['demowiki:X'],
                                                                                   site=site)])
