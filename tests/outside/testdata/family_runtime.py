"""A family registered at run time (config.family_files[name] = path), as
bots that ship their wiki's family inside their own package do; the family
file imports Family from pywikibot itself. Then `del site.userinfo` and
`del site.tokens` (a re-login idiom), a username set at run time after
the Site was made (config.usernames['rtfam']['en'] = ...: pywikibot looks
it up at login), and one set before the Site is made (second) and a second family registered with
config.register_families_folder."""
import os
import tempfile
from urllib.parse import urlparse

import pywikibot
from pywikibot import config

api = urlparse(config.family_files['demowiki'])
folder = tempfile.mkdtemp()
body = '''from pywikibot import Family as _Family


class RuntimeFamily(_Family):
    name = '%s'
    langs = {'en': '%s'}

    def scriptpath(self, code):
        return ''

    def protocol(self, code):
        return 'http'


Family = RuntimeFamily
'''
with open(os.path.join(folder, 'rtfam.py'), 'w') as f:
    f.write(body % ('rtfam', api.netloc))
try:
    pywikibot.Site('en', 'rtfam')
except pywikibot.exceptions.UnknownFamilyError as e:
    print('before:', e)

config.family_files['rtfam'] = os.path.join(folder, 'rtfam.py')
print('rtfam' in config.family_files)
site = pywikibot.Site('en', 'rtfam')
print(site.family.name, site.code, site.hostname() == api.netloc)
print(pywikibot.Page(site, 'Main Page').exists(), pywikibot.Page(site, 'No such page here').exists())
del site.userinfo
del site.tokens
print(site.user(), site.username())
# a username given after the Site was made: pywikibot's login manager
# looks it up when logging in
config.usernames['rtfam']['en'] = config.usernames['demowiki']['*']
site.login()
print(site.user() == config.usernames['demowiki']['*'])
page = pywikibot.Page(site, 'Family runtime page')
page.text = 'saved through a family registered at run time'
page.save('family_runtime')
print(pywikibot.Page(pywikibot.Site(), 'Family runtime page').text)

sub = os.path.join(folder, 'families')
os.mkdir(sub)
with open(os.path.join(sub, 'second_family.py'), 'w') as f:
    f.write(body % ('second', api.netloc))
config.register_families_folder(sub)
config.usernames['second']['en'] = config.usernames['demowiki']['*']
print(sorted(k for k in config.family_files if k in ('rtfam', 'second')))
second = pywikibot.Site('en', 'second')
print(second.family.name, pywikibot.Page(second, 'Main Page').exists())
print(second.username() == config.usernames['demowiki']['*'])
try:
    config.register_families_folder(os.path.join(folder, 'nosuch'))
except FileNotFoundError as e:
    print(type(e).__name__, str(e).replace(folder, 'FOLDER'))
config.register_families_folder(os.path.join(folder, 'nosuch'), not_exists_ok=True)
