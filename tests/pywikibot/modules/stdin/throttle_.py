"""pywikibot.throttle.Throttle: the delays it computes (one process)."""
import time
from pywikibot import config
from pywikibot.throttle import Throttle

config.put_throttle = 2
t = Throttle('wikipedia:en', mindelay=0.1, maxdelay=5)
print(t.mysite, t.mindelay, t.maxdelay, t.writedelay, t.delay, t.expiry, t.checkdelay)
print(round(t.getDelay(), 3), round(t.getDelay(write=True), 3))
t.setDelays(delay=1, writedelay=10)
print(t.delay, t.writedelay, round(t.getDelay(), 3), round(t.getDelay(write=True), 3))
t.setDelays(delay=0.5, absolute=True)
print(t.mindelay, t.maxdelay, t.delay, t.writedelay)
t.last_read = t.last_write = time.time() - 100
print(t.waittime(), t.waittime(write=True))
t.next_multiplicity = 6
print(round(t.getDelay(), 3))
t.next_multiplicity = 1
t.setDelays(0.01, writedelay=0.01, absolute=True)
t.last_read = time.time() - 100
t(requestsize=63)
print(round(t.next_multiplicity, 3), t.waittime() > 0)
Throttle.wait(0)
Throttle.wait(-1)
t.retry_after = 0
config.retry_wait = 0.01
config.retry_max = 1
t.lag(0.02)
print('ok')
