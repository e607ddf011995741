"""pywikibot 9.6.3's APISite and page methods that gowikibot added, on a
fresh test wiki: each line prints what the call gave (the Go test checks
the wiki's own record of the writes)."""
import time

import pywikibot
from pywikibot.page import FileInfo, html2unicode

site = pywikibot.Site()
site.login()

# identity, userinfo and limits
print('userinfo name:', site.userinfo['name'], site._userinfo['name'])
print('oauth:', site.is_oauth_token_available())
rl = site.ratelimit('edit')
print('ratelimit edit:', rl, rl.group, rl.delay)
print('maxlimit:', site.maxlimit)
print('has_extension:', site.has_extension('NoSuchExtension'))
print('dbName:', site.dbName())
print('mw_version:', site.mw_version >= '1.39', site.mw_version < '1.39.100', site.mw_version > '1.40.0-wmf.1')
ts = site.server_time()
print('server_time year > 2000:', ts.year > 2000, len(site.getcurrenttimestamp()))
print('sametitle:', site.sametitle('User:TestBot', 'user:testBot'), site.sametitle('Foo', 'Bar'))
print('redirect_regex:', site.redirect_regex.match('#REDIRECT [[Target page]]').group(1))
print('logtypes has move:', 'move' in site.logtypes)
print('cmpkey:', site._cmpkey())
print('category_redirects:', site.category_redirects())
print('messages:', site.mediawiki_messages(['mainpage'])['mainpage'], site.has_mediawiki_message('no-such-msg-xyz'))
print('list_to_text:', site.list_to_text(['a', 'b', 'c']))

# pages to work with
a = pywikibot.Page(site, 'Surface A')
a.text = 'Text A with [[Surface B]] and [[Category:Surface cat]] {{DEFAULTSORT:Zed}} https://example.org/x'
a.save('create A')
b = pywikibot.Page(site, 'Surface B')
b.text = 'B text'
b.save('create B')
r = pywikibot.Page(site, 'Surface redirect')
r.set_redirect_target(b, create=True, summary='make redirect')
print('page.site:', a.site == site, 'cmpkey:', '{}:{}:{}'.format(*a._cmpkey()))
print('getredirtarget:', site.getredirtarget(pywikibot.Page(site, 'Surface redirect')).title())
print('redirects of B:', [p.title() for p in b.redirects()])
print('properties:', a.properties(), 'defaultsort:', a.defaultsort())
print('extlinks:', list(a.extlinks()))
print('content_model:', a.content_model, 'depth:', pywikibot.Page(site, 'User:TestBot/x/y').depth)
print('expand_text:', site.expand_text('{{lc:ABC}}'), pywikibot.Page(site, 'Surface B').expand_text())
print('alllinks:', [p.title() for p in site.alllinks(prefix='Surface')])
print('allcategories:', [c.title() for c in site.allcategories(prefix='Surface')])
print('allusers:', [u['name'] for u in site.allusers(prefix='TestB')])
print('allimages:', list(site.allimages(total=5)))
cat = pywikibot.Category(site, 'Category:Surface cat')
print('categoryinfo:', cat.categoryinfo['pages'], 'hidden:', cat.isHiddenCategory())

# revisions
a.text = a.text + '\nsecond line'
a.save('second edit')
a2 = pywikibot.Page(site, 'Surface A')
first = list(a2.revisions(reverse=True))[0]
print('getOldVersion:', a2.getOldVersion(first.revid)[:11])
print('get_revision:', a2.get_revision(first.revid).comment)
print('revision_count:', a2.revision_count(), 'contributors:', dict(a2.contributors()))
print('has_content:', pywikibot.Page(site, 'Surface never').has_content())
a2.clear_cache()
print('after clear_cache:', a2._loaded, a2.exists())

# watch
print('watch:', a2.watch(), [p.title() for p in site.watched_pages() if p.title().startswith('Surface')])
print('unwatch:', site.watch([a2], unwatch=True))

# change_category
print('change_category:', a2.change_category(cat, pywikibot.Category(site, 'Surface other'), summary='recat'))

# move, logevents, moved_target
m = pywikibot.Page(site, 'Surface move me')
m.text = 'to be moved'
m.save('create to move')
m.move('Surface moved', reason='surface move')
print('moved_target:', pywikibot.Page(site, 'Surface move me').moved_target().title())
events = list(site.logevents(logtype='move', total=1))
print('logevents:', events[0].type(), events[0].action(), events[0].page().title(), events[0].user())

# merge_history: all of the source's revisions go to the (newer) destination
src = pywikibot.Page(site, 'Surface merge source')
src.text = 'old source text'
src.save('source rev')
dst = pywikibot.Page(site, 'Surface merge dest')
dst.text = 'dest text'
dst.save('dest rev')
site.merge_history(src, dst, reason='surface merge')
print('merge: dest revisions', pywikibot.Page(site, 'Surface merge dest').revision_count())
try:
    site.merge_history(dst, dst)
except pywikibot.exceptions.PageSaveRelatedError as e:
    print('merge self:', e)

# interwiki: the default interwiki table leads to Wikimedia sites
print('interwiki:', repr(site.interwiki('mediawikiwiki')), site.local_interwiki('mediawikiwiki'))
try:
    site.interwiki('no-such-prefix')
except KeyError as e:
    print('interwiki KeyError:', e)

# user
u = pywikibot.User(site, 'TestBot')
print('last_event type:', u.last_event.type(), 'thankable:', u.is_thankable, 'cidr:', u.is_CIDR())
print('html2unicode:', html2unicode('&eacute;&#233;&#x41;&amp;&#129;'))
print('FileInfo:', FileInfo({'url': 'u', 'size': 3}, None).size)

# site details from the wiki's messages and options
print('months_names:', site.months_names[0], site.months_names[11])
print('codes:', sorted(site.codes), 'articlepath:', site.articlepath)
print('is_blocked:', site.is_blocked(), 'messages:', site.messages())
print('searched namespaces:', sorted(int(n) for n in site.get_searched_namespaces()))
print('botusers:', [u['name'] for u in site.botusers()])
site.lock_page(a2)
try:
    site.lock_page(a2, block=False)
except pywikibot.exceptions.PageInUseError as e:
    print('lock_page:', type(e).__name__)
site.unlock_page(a2)
site.lock_page(a2, block=False)
site.unlock_page(a2)
print('load_pages_from_pageids:', [p.title() for p in site.load_pages_from_pageids([a2.pageid, b.pageid])])
# pywikibot 9.6.3's loadpageurls is ProofreadPage's (need_extension)
try:
    site.loadpageurls(a2)
except pywikibot.exceptions.UnknownExtensionError as e:
    print('loadpageurls:', e)
print('watchlist_revs:', type(list(site.watchlist_revs(total=1))).__name__)
try:
    site.assert_valid_iter_params('logevents', '2020', '2021', False)
except AssertionError as e:
    print('assert_valid_iter_params:', e)

# deleted revisions: delete a page of two revisions, restore only the first
d = pywikibot.Page(site, 'Surface deleted')
d.text = 'first'
d.save('del one')
time.sleep(1.1)  # deleted revisions are known by their timestamps (whole seconds)
d.text = 'second'
d.save('del two')
site.delete(d, 'surface delete')
d = pywikibot.Page(site, 'Surface deleted')
print('has_deleted_revisions:', d.has_deleted_revisions())
stamps = sorted(d.loadDeletedRevisions())
print('deleted revisions:', len(stamps))
d.markDeletedRevision(stamps[0])
d.undelete('restore the first')
d = pywikibot.Page(site, 'Surface deleted')
print('after undelete:', d.text, d.revision_count())
print('deleted_contributions:', sorted(r.comment for p, r in pywikibot.User(site, 'TestBot').deleted_contributions()
                                       if p.title() == 'Surface deleted'))
try:
    site.thank_revision(d.latest_revision_id)
except pywikibot.exceptions.UnknownExtensionError as e:
    print('thank_revision without Thanks:', e)
