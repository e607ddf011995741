"""Family data, language links, prompts (input_choice, input_yn, input),
redirects and -simulate, as pywikibot 9.6.3 shows them."""
import pywikibot
from pywikibot import textlib

site = pywikibot.Site()
fam = site.family
print('family', fam.name, repr(fam), sorted(fam.langs), sorted(fam.codes), dict(fam.obsolete))
print('valid', site.validLanguageLinks())
print('seps', repr(fam.category_text_separator), repr(fam.interwiki_text_separator), fam.categories_last,
      fam.category_attop, fam.interwiki_attop, fam.interwiki_on_one_line)
print('lang', site.lang, site.namespace(14), site.namespace(2, all_ns=True))
print('magic', site.getmagicwords('redirect'))
ns = site.namespaces
print('nsstr', str(ns[0]), str(ns[6]), str(ns[2]), ns[14].custom_prefix())
text = 'Body text\n\n[[Category:A]]\n[[demowiki:Foo]]\n'
print('ll', textlib.getLanguageLinks(text, site))
print('rm', repr(textlib.removeLanguageLinks(text, site)))
ans = pywikibot.input_choice('Do you want to accept these changes?',
                             [('Yes', 'y'), ('No', 'N'), ('Edit', 'e'), ('open in Browser', 'b')], default='N')
print('answer', ans)
print('yn', pywikibot.input_yn('Really?', default=False))
print('inp', pywikibot.input('Please enter a reason for the deletion:'))
r = pywikibot.Page(site, 'Redirect probe')
r.text = '#REDIRECT [[Msg probe page]]'
r.save('redirect probe')
try:
    r.get()
except pywikibot.exceptions.IsRedirectPageError as e:
    print('IsRedirect:', e)
print('target', r.getRedirectTarget())
pywikibot.config.simulate = True
p = pywikibot.Page(site, 'Msg probe page')
p.text = 'changed under simulation'
p.save('sim')
print('after sim', pywikibot.Page(site, 'Msg probe page').get())
