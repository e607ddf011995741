"""A script that sets the save throttle itself before making its site, as
bot scripts do (pywikibot reads config.put_throttle when the site's
throttle is made): its saves are that far apart."""
import time

import pywikibot

pywikibot.config.put_throttle = 1.5
site = pywikibot.Site()
site.login()
ends = []
for i in range(3):
    page = pywikibot.Page(site, 'Script throttle test')
    page.text = 'throttled text {}'.format(i)
    page.save('throttle {}'.format(i))
    ends.append(time.monotonic())
gaps = [b - a for a, b in zip(ends, ends[1:])]
print('saves', len(ends), 'gaps of at least 1.3 s:', all(g >= 1.3 for g in gaps))
