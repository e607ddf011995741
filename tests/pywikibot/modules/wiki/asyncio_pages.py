"""asyncio with pywikibot: pages saved, then read concurrently with
asyncio.to_thread(page.get) (blocking HTTP on worker threads, overlapping),
and an async def that awaits site calls made in threads."""
import asyncio
import threading
import time

import pywikibot

site = pywikibot.Site()
site.login()
titles = ['Async page %d' % i for i in range(5)]
for i, title in enumerate(titles):
    page = pywikibot.Page(site, title)
    page.text = 'Text of async page %d.' % i
    page.save(summary='asyncio test %d' % i)

state = {'active': 0, 'most': 0, 'threads': set()}
lock = threading.Lock()


def fetch(page):
    with lock:
        state['active'] += 1
        state['most'] = max(state['most'], state['active'])
        state['threads'].add(threading.get_ident())
    try:
        time.sleep(0.1)
        return page.get()
    finally:
        with lock:
            state['active'] -= 1


async def newest_summary(title):
    page = pywikibot.Page(site, title)
    rev = await asyncio.to_thread(lambda: page.latest_revision)
    return title, rev.comment, rev.user


async def main():
    pages = [pywikibot.Page(site, t) for t in titles]
    texts = await asyncio.gather(*(asyncio.to_thread(fetch, p) for p in pages))
    for title, text in zip(titles, texts):
        print(title, '->', text)
    print('overlapped:', state['most'] > 1, 'main thread used:', threading.get_ident() in state['threads'])
    for line in await asyncio.gather(*(newest_summary(t) for t in titles[:2])):
        print(*line)
    try:
        await asyncio.to_thread(pywikibot.Page(site, 'Async page missing').get)
    except pywikibot.exceptions.NoPageError as e:
        print('NoPageError:', e)
    return len(texts)


print(asyncio.run(main()))
