"""Site lists and page relations on the wiki: search, allpages, recent changes,
contributions, talk pages, category members, backlinks, references."""
import pywikibot
site = pywikibot.Site()
print('search', sorted(p.title() for p in site.search('probe', total=10)))
print('search ns', sorted(p.title() for p in site.search('probe', namespaces=[0, 2], total=10)))
print('allpages', [p.title() for p in site.allpages(prefix='Api', total=3)])
# sorted: changes made within the same second have no defined order
print('rc', sorted((c['title'], c['type']) for c in site.recentchanges(total=3)))
print('uc', [(c['title']) for c in site.usercontribs(user='TestBot', total=2)])
t = pywikibot.Page(site, 'Api probe').toggleTalkPage()
print('talk', t.title(), t.isTalkPage(), t.toggleTalkPage().title())
print('cm', [p.title() for p in site.categorymembers(pywikibot.Category(site, 'Probe cat'))])
print('back', [p.title() for p in pywikibot.Page(site, 'Msg probe page').backlinks()])
print('refs', [p.title() for p in pywikibot.Page(site, 'Msg probe page').getReferences()])
print('emb', [p.title() for p in pywikibot.Page(site, 'Template:Tl probe').embeddedin()])
