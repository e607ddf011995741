"""pagegenerators.TextIOPageGenerator with a URL as pywikibot 9.6.3's:
the page list is read with pywikibot.comms.http.fetch (patched here) and
parsed as a file's (its [[links]], else one title per line); a source
without a host is a local file. The site's login is patched out and its
namespaces are the built-in ones, so nothing is asked from the wiki. Same
output from real pywikibot 9.6.3 (textio_url.out) and gowikibot."""
import os
import tempfile
from unittest import mock

import pywikibot
from pywikibot import pagegenerators
from pywikibot.site import APISite, Namespace, NamespacesDict

APISite.login = lambda self, *args, **kwargs: None
site = pywikibot.Site('test', 'wikipedia')
site._namespaces = NamespacesDict(Namespace.builtin_namespaces())


class Response:
    def __init__(self, text):
        self.text = text


for text in ('file\nbracket\nMediaWiki:Test\nunder score\nUpper case\n',
             'Some [[Alpha]] and [[Talk:Beta|label]] links\n[[gamma]]\n',
             'one|ignored\n\n  two  \n'):
    with mock.patch('pywikibot.comms.http.fetch', return_value=Response(text)) as fetch:
        pages = list(pagegenerators.TextIOPageGenerator('https://example.org/list.txt', site))
    print([p.title() for p in pages], fetch.call_args)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'list.txt')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('Local one\n[[Local two]]\n')
    with mock.patch('pywikibot.comms.http.fetch') as fetch:
        print([p.title() for p in pagegenerators.TextIOPageGenerator(path, site)], fetch.called)
