"""Page.set_redirect_target as a double-redirect fixer calls it
(Mueller857/pywikibot-mcwja's double_redirects.py): keep_section keeps the
old link's section, a target with a section keeps its own, text around the
redirect line stays; and the site's redirect words, which come without '#'."""
import time

import pywikibot

# the pages are new on every run (the test runs pywikibot after gowikibot
# on the same wiki); the output names them 'Rt ...'
run = 'Rt{} '.format(int(time.time() * 1000) % 10 ** 9)
site = pywikibot.Site()
site.login()
print('redirect', site.redirect(), site.redirects())
seed = {
    'end': 'End text.',
    'via': '#REDIRECT [[{}end#Part two]]',
    'sect': '#redirect [[{}old#Keep me]]\n{{{{R from move}}}}\n[[Category:Rt]]',
    'plain': '#REDIRECT [[{}via]]',
    'article': 'Not a redirect.',
}
for title, text in seed.items():
    page = pywikibot.Page(site, run + title)
    page.text = text.format(run)
    page.save('seed', quiet=True)


def out(*args):
    print(*(str(a).replace(run, 'Rt ') for a in args))


def fix(title, target, **kwargs):
    page = pywikibot.Page(site, run + title)
    if isinstance(target, str):
        target = run + target
    try:
        page.set_redirect_target(target, summary='fix ' + title, quiet=True, **kwargs)
    except pywikibot.exceptions.Error as e:
        out(title, type(e).__name__, e)
        return
    out(title, repr(pywikibot.Page(site, run + title).get(force=True, get_redirect=True)))


print('exists with a section', pywikibot.Page(site, run + 'end#Nowhere').exists())
via = pywikibot.Page(site, run + 'via').getRedirectTarget()
out('target of via', repr(via.title()), via.section())
fix('sect', pywikibot.Page(site, run + 'end'), keep_section=True)
fix('plain', pywikibot.Page(site, run + 'via').getRedirectTarget(), keep_section=True)
fix('via', 'end', keep_section=False)
fix('article', 'end')
fix('missing', 'end')
fix('missing', 'end', create=True)
page = pywikibot.Page(site, run + 'article')
page.set_redirect_target(run + 'end', force=True, save=False)
out('unsaved', repr(page.text))
