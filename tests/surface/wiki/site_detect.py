"""pywikibot.site_detect.MWSite on the test wiki (run with its base URL as
the argument; printed with that URL as WIKI): what it finds from the main
page, from an article URL with $1 and from api.php, and its errors for a
missing page and a page that is not a wiki's."""
import sys

from pywikibot.exceptions import ClientError, ServerError
from pywikibot.site_detect import MWSite

base = sys.argv[1]


def show(value):
    return str(value).replace(base, 'WIKI')


for path in ('/index.php?title=Main_Page', '/index.php/Main_Page', '/index.php/$1', '/api.php',
             '/index.php?title=Special:Version'):
    try:
        site = MWSite(base + path)
    except (RuntimeError, ClientError, ServerError) as e:
        print(path, type(e).__name__, show(e))
        continue
    print(path, show(repr(site)))
    print('  server', show(site.server), 'scriptpath', repr(site.scriptpath), 'articlepath', site.articlepath)
    print('  lang', site.lang, 'version', site.version, type(site.version).__name__, site.version >= '1.39')
    print('  api', show(site.api), 'iwpath', show(site.iwpath), 'private', site.private_wiki)
    print('  langs', len(site.langs), sorted(w['prefix'] for w in site.langs)[:5])
    print('  same site', site == MWSite(base + '/index.php?title=Main_Page'), hash(site) == hash(site.server + site.scriptpath))

for path in ('/no-such-file.php', '/README.md', '/resources/assets/poweredby_mediawiki_88x31.png'):
    try:
        MWSite(base + path)
    except Exception as e:  # noqa: BLE001 -- the class and text are what is compared
        print(path, type(e).__name__, show(e))
    else:
        print(path, 'no error')
