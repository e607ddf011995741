"""Keyword arguments of save()/put() that are not save()'s own go on to
the edit request, as pywikibot 9.6.3's editpage passes them to the API
(eatcha-wikimedia/daily-lr-files-list-by-user's put(..., watchArticle=True,
minorEdit=False)): an unknown one is sent and the wiki's warning printed
('API warning (main): Unrecognized parameter: ...'), a False one left
out; tags and appendtext take effect. gowikibot dropped them all."""
import time
import warnings

import pywikibot

# a new page on every run (the test runs pywikibot after gowikibot on the
# same wiki); quiet saves keep its title out of stderr
title = 'Savekw {}'.format(int(time.time() * 1000) % 10 ** 9)
site = pywikibot.Site()
page = pywikibot.Page(site, title)
page.put('first text', summary='kw one', watchArticle=True, minorEdit=False, quiet=True)
page = pywikibot.Page(site, title)
page.text = 'second text'
page.save('kw two', minor=False, appendtext=' appended', unknownflag=False, quiet=True)
print(repr(pywikibot.Page(site, title).get(force=True)))
page = pywikibot.Page(site, title)
try:
    page.save('kw three', tags=['no-such-tag-here'], quiet=True)
except pywikibot.exceptions.Error as e:
    print(type(e).__name__, e.reason.code)
# a boolean watch is deprecated (watch=True is 'watch'); 'comment' is no
# save() argument: the summary is the default one, comment goes to the API
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    page = pywikibot.Page(site, title)
    page.text = 'third text'
    page.save(comment='not a summary', watch=True, quiet=True)
print([(w.category.__name__, str(w.message)) for w in caught])
print(pywikibot.Page(site, title).exists())
for r in pywikibot.Page(site, title).revisions(reverse=True):
    print(r.comment, r.minor)
