"""pywikibot.data.api.Request.wait and iteritems, Throttle's deprecated
dropdelay/releasepid on the test wiki (the configured site; no request is
sent but the site's own): the same output from real pywikibot 9.6.3
(request_wait.out) and gowikibot."""
import warnings

import pywikibot
from pywikibot.data.api import Request
from pywikibot.exceptions import TimeoutError as PwbTimeoutError
from pywikibot.throttle import Throttle

site = pywikibot.Site()
req = Request(site=site, parameters={'action': 'query', 'meta': 'siteinfo'}, max_retries=2, retry_wait=0.01)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(sorted(k for k, v in req.iteritems()))
print([(w.category.__name__, str(w.message)) for w in log])
req.wait()
req.wait(0.02)
print(req.current_retries, req.last_error)
try:
    req.wait()
except PwbTimeoutError as e:
    print('TimeoutError:', e)
t = Throttle(site)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(t.dropdelay == t.expiry, t.releasepid == t.expiry)
print([(w.category.__name__, str(w.message)) for w in log])
