"""The dicts of site.recentchanges, usercontribs, users and allusers and
the entries of site.logevents have pywikibot 9.6.3's shape: its list
generators ask for formatversion 1 (a true flag is '' and a false flag is
left out), and logevents gives LogEntry subclasses whose params is a
property (shape of a scheduled wiki-maintenance bot's tasks). A title
given as a str is used as it is, not title-cased (a str has a title()
method too)."""
import pywikibot

site = pywikibot.Site()
site.login()
mine = {'Listfv plain': 'Plain text.', 'Listfv redirect': '#REDIRECT [[Listfv plain]]'}
for title, text in mine.items():
    page = pywikibot.Page(site, title)
    page.text = text
    page.save('listfv', quiet=True)

FLAGS = ('bot', 'new', 'minor', 'redirect', 'top', 'anon')
for change in site.recentchanges(namespaces=0, changetype='new', total=500):
    if change['title'] in mine:
        print('rc', change['title'], sorted(change),
              {k: change[k] for k in FLAGS if k in change}, 'redirect' in change)
for contrib in site.usercontribs(user=site.username(), namespaces=[0], total=500):
    if contrib['title'] in mine:
        print('uc', contrib['title'], sorted(contrib), {k: contrib[k] for k in FLAGS if k in contrib})
for user in site.users([site.username()]):
    print('users', sorted(user), sorted(user['groups']))
for user in site.allusers(start=site.username(), total=1):
    print('allusers', sorted(user))
for entry in site.logevents(logtype='newusers', total=1):
    print('log', type(entry).__name__, type(entry.page()).__name__, type(entry.params).__name__,
          sorted(entry.data), 'userid' in entry.params)
for entry in site.logevents(page='Listfv plain'):
    print('log page', type(entry).__name__, isinstance(entry, pywikibot.logentries.LogEntry),
          entry.action(), entry.page().title())
# a title given as a str is used as it is (str has a title() method too)
print('expand', site.expand_text('{{FULLPAGENAME}}', title='listfv plain page'))
