"""api.PageGenerator sends its requests through its request's submit, as
pywikibot 9.6.3's: a script that replaces submit on the request (or gives
it a Request subclass with its own submit) gets that submit's responses
iterated. Pages come in the order of their page ids as strings when the
response lists no 'pageids', in the order of 'pageids' when it does; a
response with 'continue' puts its values into the request and asks again;
set_maximum_items(n) stops after n pages, and 0 or a negative n is no
limit. The site's login is patched out and its namespaces and parameter
information set, so nothing is asked from the wiki. Same output from real
pywikibot 9.6.3 (pagegen_submit.out) and gowikibot."""
import types

import pywikibot
from pywikibot.data import api
from pywikibot.site import APISite, Namespace, NamespacesDict
from pywikibot.tools import MediaWikiVersion

APISite.login = lambda self, *args, **kwargs: None
APISite.logged_in = lambda self: False
APISite.mw_version = MediaWikiVersion('1.39.0')


class ParamInfo(dict):
    def parameter(self, module, name):
        return self.get(module, {}).get(name)

    def fetch(self, modules):
        return None


site = pywikibot.Site('test', 'wikipedia')
site._namespaces = NamespacesDict(Namespace.builtin_namespaces())
site._paraminfo = ParamInfo()

PAGES = {'296589': {'pageid': 296589, 'ns': 0, 'title': 'Broadcaster.com'},
         '13918157': {'pageid': 13918157, 'ns': 0, 'title': 'Broadcaster (definition)'},
         '156658': {'pageid': 156658, 'ns': 1, 'title': 'Talk:Wiktionary'},
         '47757': {'pageid': 47757, 'ns': 0, 'title': 'Disambiguation'}}


def titles(gen):
    return [page.title() for page in gen]


def new_gen(responses):
    """A PageGenerator whose request answers with responses, one per
    submit (the last one again when they run out)."""
    gen = api.PageGenerator(site=site, generator='links', parameters={'titles': 'Some page'})
    answers = list(responses)

    def submit(request):
        print('  submit: plcontinue', request.get('gplcontinue'))
        return answers.pop(0) if len(answers) > 1 else answers[0]
    gen.request.submit = types.MethodType(submit, gen.request)
    return gen


print('one response, no pageids:')
gen = new_gen([{'query': {'pages': PAGES}}])
print(titles(gen))
print('limit', gen.limit)
for limit in (0, -1, 1, 2, 3, 5):
    gen.restart()
    gen.set_maximum_items(limit)
    print('limit', limit, titles(gen))

print('pageids give the order:')
gen = new_gen([{'query': {'pageids': ['47757', '296589', '156658', '13918157'], 'pages': PAGES}}])
print(titles(gen))

print('continued:')
first = {'query': {'pages': {k: PAGES[k] for k in ('296589', '13918157')}},
         'continue': {'gplcontinue': '123|0|Next', 'continue': 'gplcontinue||'}}
second = {'query': {'pages': {k: PAGES[k] for k in ('156658', '47757')}}}
gen = new_gen([first, second])
print(titles(gen))
print('request continue', gen.request.get('continue'))
gen = new_gen([first, second])
gen.set_maximum_items(3)
print(titles(gen))
gen = new_gen([first, second])
gen.set_maximum_items(1)
print(titles(gen))

print('no query in the response:')
gen = new_gen([{'batchcomplete': ''}])
print(titles(gen))
gen = new_gen([{'continue': {'gplcontinue': 'x', 'continue': 'gplcontinue||'}}, {'query': {'pages': PAGES}}])
print(titles(gen))


class MyRequest(api.Request):
    def submit(self):
        print('  MyRequest.submit', self.get('generator'))
        return {'query': {'pages': {'47757': PAGES['47757']}}}


print('a Request subclass:')
gen = api.PageGenerator(site=site, generator='links', parameters={'titles': 'Some page'})
gen.request = MyRequest(site=site, parameters={'action': 'query', 'generator': 'links',
                                               'titles': 'Some page'})
print(titles(gen))
