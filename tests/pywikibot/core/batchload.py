# Batch loading of page texts (pywikibot._pagebatch): what each walk asks
# the wiki for, counted by the site's own request counter.
import pywikibot
from pywikibot import pagegenerators

site = pywikibot.Site()
site.login()


def requests():
    return site._call('stats')['requests']


def walk(preload=False):
    factory = pagegenerators.GeneratorFactory(site)
    factory.handle_arg('-prefixindex:Batch ')
    return factory.getCombinedGenerator(preload=preload)


def want_text(page):
    n = int(page.title().split()[1])
    return 'Batch text %d. [[Batch %03d]]' % (n, (n + 1) % 120)


# a title-only walk loads no text: one allpages request
before = requests()
titles = [p.title() for p in walk()]
print('titles only:', len(titles), 'pages,', requests() - before, 'request')

# reading every text: one request per 50 pages (the next batch loads in
# the background while the script reads this one)
before = requests()
ok = all(p.text == want_text(p) for p in walk())
print('all texts:', ok, requests() - before, 'requests')

# reading one text in the second batch: its batch alone is loaded
before = requests()
for i, p in enumerate(walk()):
    if i == 70:
        print('one text:', p.text == want_text(p), p.exists(), requests() - before, 'requests')

# preloading: each batch announced and loaded before its pages
before = requests()
pages = list(walk(preload=True))
print('preloaded:', all(p._loaded for p in pages), requests() - before, 'requests')

# a page edited after its batch was prefetched is not read stale
target = pywikibot.Page(site, 'Batch 060')
for i, p in enumerate(walk(preload=True)):
    if i == 10:
        # batch 2 (Batch 050..099) is being loaded in the background now
        target.text = want_text(target) + ' edited'
        target.save(summary='batch probe')
    if p.title() == 'Batch 060':
        print('after edit:', p.text.endswith(' edited'), p.latest_revision_id == target.latest_revision_id)

# breaking off a walk leaves nothing behind: a later walk still prefetches
gen = walk(preload=True)
next(gen)
del gen
before = requests()
print('after a dropped walk:', sum(1 for p in walk(preload=True) if p.text), 'texts,',
      requests() - before, 'requests')

# the loads of a plain walk that reads every text, in the order the walk
# asks for them: the second and third batches start loading in the
# background once the script, having read the first page's text, asks for
# the second page (not only after a second batch was read)
loads = []
real_call = site._call


def recording_call(method, *args):
    if method in ('load_pages', 'load_pages_start'):
        loads.append('%s(%s)' % (method, list(args[0])[0]))
    elif method == 'load_pages_wait':
        loads.append(method)
    return real_call(method, *args)


site._call = recording_call
for i, p in enumerate(walk()):
    if i in (0, 1, 50, 100):
        loads.append('page %d' % i)
    p.text
del site._call
print('loads of a walk reading every text:')
for step in loads:
    print(' ', step)
