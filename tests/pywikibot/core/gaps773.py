"""Names pywikibot 7.7.3's scripts use: config defaults and helpers,
namespaces by canonical name, Page._cache_attrs, applicable protections,
paraminfo, raw requests in the default format, tokens, protect and delete."""
import os

import pywikibot
from pywikibot import config

print('textfile_encoding', config.textfile_encoding)
print('cosmetic_changes', config.cosmetic_changes)
print('max_external_links', config.max_external_links)
print('user_config_file', os.path.basename(config.user_config_file))
path = config.datafilepath('gapdata', 'f.txt')
print('datafilepath', config.shortpath(path), os.path.isdir(os.path.dirname(path)))
print('shortpath outside', config.shortpath('/elsewhere/g.txt'))

site = pywikibot.Site()
ns = site.namespaces
print('namespaces', ns.TEMPLATE.id, ns.USER_TALK.id, ns.MAIN.id, ns.CATEGORY.custom_name)
try:
    ns.NOSUCHNS
except AttributeError as e:
    print('AttributeError', 'NOSUCHNS' in str(e))


class PageWithExtra(pywikibot.Page):
    def __init__(self, source, title='', ns=0):
        super().__init__(source, title, ns)
        extra = list(super()._cache_attrs)
        self.extra_attrs = tuple(extra + ['_extra'])


site.login()
page = pywikibot.Page(site, 'Gap probe')
page.text = 'gap probe text'
page.save('gap probe')
sub = PageWithExtra(page)
print('cache attrs', '_text' in sub.extra_attrs, sub.extra_attrs[-1], sub.title())
print('applicable', sorted(page.applicable_protections()))
print('applicable missing', sorted(pywikibot.Page(site, 'Gap nowhere').applicable_protections()))

lang = site._paraminfo.parameter(module='setpagelanguage', param_name='lang')
print('paraminfo', lang['name'], 'de' in lang['type'], 'default' in lang['type'])
print('paraminfo unknown', site._paraminfo.parameter('setpagelanguage', 'nosuchparam'))

r = site.simple_request(action='query', prop='info', titles='Gap probe|Gap nowhere',
                        meta='siteinfo').submit()
pages = r['query']['pages']
print('v1 pages', type(pages).__name__, sorted(pages.keys()) == sorted(str(k) for k in pages.keys()))
for key in sorted(pages, key=int):
    p = pages[key]
    print(' ', int(key) > 0, p['title'], repr(p.get('missing')), repr(p.get('new')), p.get('pagelanguage'))
print('v1 general', r['query']['general']['lang'])
r2 = site.simple_request(action='query', prop='info', titles='Gap probe', formatversion=2).submit()
print('v2 pages', type(r2['query']['pages']).__name__, r2['query']['pages'][0].get('new'))

token = site.get_tokens(['csrf'])['csrf']
print('token', token.endswith('+\\'), len(token) > 2)
r = site.simple_request(action='setpagelanguage', title='Gap probe', lang='de', token=token).submit()
print('setpagelanguage', r['setpagelanguage']['newlanguage'])
r = site.simple_request(action='query', prop='info', titles='Gap probe').submit()
print('pagelanguage', [p['pagelanguage'] for p in r['query']['pages'].values()])

page.protect(reason='gap protect', protections={'edit': 'sysop', 'move': 'sysop'})
print('protection', sorted(pywikibot.Page(site, 'Gap probe').protection().items()))
doomed = PageWithExtra(pywikibot.Page(site, 'Gap probe'))
print('delete', doomed.delete('gap delete', prompt=False))
print('exists', pywikibot.Page(site, 'Gap probe').exists())
