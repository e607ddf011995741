"""pywikibot.throttle: the delays between requests to a site.

gowikibot's Go core throttles the requests it sends itself (put_throttle,
minthrottle, maxthrottle, maxlag and Retry-After, as pywikibot); this
Throttle gives scripts that call or inspect one (site.throttle, or their
own) pywikibot's computation of the delays and waits. It counts this
process only (pywikibot also counts the other bots sharing the config
directory's throttle.ctrl).
"""
import math
import time

from collections import namedtuple

import pywikibot
from pywikibot import config
from pywikibot.tools import deprecated  # noqa: F401 (pywikibot.throttle.deprecated, as pywikibot's)

__all__ = ('Throttle',)

# a line of pywikibot's throttle.ctrl file: one process using a site
FORMAT_LINE = '{module_id} {pid} {time} {site}\n'

#: the process's number among the bots sharing throttle.ctrl (pywikibot
#: sets it when its first Throttle is made; gowikibot counts this process
#: only and leaves it False)
pid = False

#: one entry of throttle.ctrl
ProcEntry = namedtuple('ProcEntry', ['module_id', 'pid', 'time', 'site'])
ProcEntry.__doc__ = 'ProcEntry namedtuple.'


class Throttle:
    """Blocks the caller until the delay since the previous read (or
    write) has passed: mindelay for reads, writedelay (put_throttle) for
    writes, both at most maxdelay."""

    checkdelay = 300
    expiry = 600

    def __init__(self, site, *, mindelay=None, maxdelay=None, writedelay=None):
        self.mysite = str(site)
        self.mindelay = mindelay or config.minthrottle
        self.maxdelay = maxdelay or config.maxthrottle
        self.writedelay = writedelay or config.put_throttle
        self.last_read = 0.0
        self.last_write = 0.0
        self.next_multiplicity = 1.0
        self.retry_after = 0
        self.delay = 0
        self.checktime = 0.0
        self.process_multiplicity = 1
        self.checkMultiplicity()
        self.setDelays()

    @property
    @deprecated('expiry', since='8.4.0')
    def dropdelay(self):
        """expiry (deprecated in pywikibot 8.4)."""
        return self.expiry

    @property
    @deprecated('expiry', since='8.4.0')
    def releasepid(self):
        """expiry (deprecated in pywikibot 8.4)."""
        return self.expiry

    def checkMultiplicity(self):
        """Count the bot processes using the site (this one)."""
        self.checktime = time.time()
        self.process_multiplicity = 1

    def setDelays(self, delay=None, writedelay=None, absolute=False):
        """Set the read and write delays (default: the config's)."""
        delay = delay or self.mindelay
        writedelay = writedelay or config.put_throttle
        if absolute:
            self.maxdelay = delay
            self.mindelay = delay
        self.delay = delay
        self.writedelay = min(max(self.mindelay, writedelay), self.maxdelay)
        self.last_read = self.last_write = time.time()

    def getDelay(self, write=False):
        """The delay before the next read (or write), not counting the
        time already passed."""
        delay = self.writedelay if write else self.delay
        if time.time() > self.checktime + self.checkdelay:
            self.checkMultiplicity()
        multiplied = self.mindelay * self.next_multiplicity
        if delay < multiplied:
            delay = multiplied
        elif delay > self.maxdelay:
            delay = self.maxdelay
        return delay * self.process_multiplicity

    def waittime(self, write=False):
        """Seconds a read (or write) made now would wait."""
        ago = time.time() - (self.last_write if write else self.last_read)
        return max(0.0, self.getDelay(write=write) - ago)

    def drop(self):
        """Leave the list of running bots (nothing to do here)."""
        self.checktime = 0

    @staticmethod
    def wait(seconds):
        """Sleep seconds, announcing it when longer than config.noisysleep."""
        if seconds <= 0:
            return
        message = 'Sleeping for {:.1f} seconds, {}'.format(
            seconds, time.strftime('%Y-%m-%d %H:%M:%S', time.localtime()))
        if seconds > config.noisysleep:
            pywikibot.info(message)
        else:
            pywikibot.log(message)
        time.sleep(seconds)

    def __call__(self, requestsize=1, write=False):
        """Wait until a read (write) of requestsize pages may be made."""
        wait = self.waittime(write=write)
        self.next_multiplicity = math.log(1 + requestsize) / math.log(2.0)
        self.wait(wait)
        if write:
            self.last_write = time.time()
        else:
            self.last_read = time.time()

    def lag(self, lagtime=None):
        """Wait after a maxlag answer: Retry-After, or lagtime (or
        config.retry_wait), at most config.retry_max."""
        waittime = lagtime or config.retry_wait
        if self.retry_after:
            waittime = max(self.retry_after, waittime / 5)
        self.wait(min(waittime, config.retry_max))

    def get_pid(self, module):
        """0: gowikibot counts no other processes."""
        return 0
