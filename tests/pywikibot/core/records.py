"""Page and User records on the wiki: revisions, templatesWithParams,
links, user properties, contributions, Link parsing."""
import pywikibot
from pywikibot.page import Link

site = pywikibot.Site()
site.login()
p = pywikibot.Page(site, 'Api probe')
p.text = 'Intro {{Tl probe|first|name=value|2=second}} and [[Msg probe page]].\n[[Category:Probe cat]]'
p.save('api probe one', minor=False)
p.text = p.text + '\nmore'
p.save('api probe two')
p = pywikibot.Page(site, 'Api probe')
revs = {}
for r in p.revisions(content=True):
    revs[r.revid] = r
for _, r in sorted(revs.items(), reverse=True):
    print('rev', type(r.timestamp).__name__, r.user, r.comment, r.minor, r.text[:20], r.parentid == 0,
          sorted(k for k in r.keys() if k not in ('revid', 'parentid', 'timestamp', 'sha1', 'size', 'slots')))
print('latest', type(p.latest_revision.timestamp).__name__, p.latest_revision.comment, p.latest_revision.user)
print('edittime', type(p.latest_revision.timestamp).__name__)
# the loaded revision's timestamp by key, in a dict of it and in its repr
# (gowikibot parses it on first read)
print('revtypes', type(p.latest_revision['timestamp']).__name__, type(dict(p.latest_revision)['timestamp']).__name__,
      'Timestamp(' in repr(p.latest_revision))
# The wiki writes link tables after the response; make it synchronous,
# and on a loaded machine wait for its job queue (at most 10 s).
p.purge(forcelinkupdate=True)
import time  # noqa: E402
for _ in range(20):
    if list(pywikibot.Page(site, 'Api probe').templates()):
        break
    time.sleep(0.5)
    p.purge(forcelinkupdate=True)
print('twp', [(t.title(), params) for t, params in p.templatesWithParams()])
print('templates', [t.title() for t in p.templates()])
print('cats', [c.title() for c in p.categories()])
print('links', [l.title() for l in p.linkedPages()])
print('exists', p.exists(), p.isRedirectPage())
u = pywikibot.User(site, 'TestBot')
print('user', u.username, u.isRegistered(), u.is_blocked(), u.editCount() > 0, sorted(u.groups())[:3],
      type(u.registration()).__name__, u.isAnonymous(), u.getUserTalkPage().title())
c = next(iter(u.contributions(total=1)))
print('contrib', c[0].title(), type(c[1]).__name__, type(c[2]).__name__, c[3])
print('last_edit', u.last_edit[0].title(), u.last_edit[3])
l = Link('Talk:foo bar#Sec', site)
print('link', l.title, l.namespace, l.section, l.anchor, l.canonical_title(), l.ns_title(), l.astext(), str(l))
l2 = Link('foo_bar', site)
print('link2', repr(l2), l2 == Link('Foo bar', site))
print('has_right', site.has_right('edit'), site.user(), site.username())
